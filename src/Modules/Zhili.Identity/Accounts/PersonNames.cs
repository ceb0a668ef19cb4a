namespace Zhili.Identity.Accounts;

/// <summary>Display names by user name, for other modules' staff pages (a history names who acted).</summary>
public sealed class PersonNames(IdentityDbContext db) : IPersonNames
{
    public async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(IReadOnlyCollection<string> userNames, CancellationToken cancellationToken)
    {
        if (userNames.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var names = userNames.Distinct(StringComparer.Ordinal).ToArray();
        // A record's reader sees who acted on it even when that person's account lies outside the reader's data scope
        // (the office acting on a district's appeal): only the name leaves this module, never the account.
        return await db.Users.IgnoreQueryFilters().AsNoTracking().Where(u => names.Contains(u.UserName!))
            .ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, StringComparer.Ordinal, cancellationToken);
    }
}
