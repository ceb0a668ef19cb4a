namespace Zhili.Identity.Accounts;

/// <summary>Opening, locking and re-roling accounts; shared by the administrator pages and the API.</summary>
public sealed class AccountService(UserManager<ZhiliUser> users, TimeProvider clock)
{
    /// <summary>Opens the account (the request was validated); the password policy may still refuse, with reasons.</summary>
    public async Task<IReadOnlyList<string>> OpenAsync(NewAccount request)
    {
        var user = new ZhiliUser
        {
            UserName = request.UserName, DisplayName = request.DisplayName.Trim(), UnitCode = request.UnitCode,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return created.Errors.Select(e => e.Description).ToList();
        }

        var roled = await users.AddToRolesAsync(user, request.Roles.Distinct());
        return roled.Succeeded ? [] : roled.Errors.Select(e => e.Description).ToList();
    }

    /// <summary>
    /// Locks the account until unlocked (signs it out everywhere at the next security-stamp check). Each step saves the
    /// account against its concurrency stamp (ARCHITECTURE rule 16): when another administrator changed it meanwhile,
    /// the steps stop and the reasons are returned.
    /// </summary>
    public async Task<IReadOnlyList<string>> LockAsync(ZhiliUser user, bool locked)
    {
        var result = await users.SetLockoutEnabledAsync(user, true);
        if (result.Succeeded)
        {
            result = await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        }

        return Errors(result.Succeeded ? await users.UpdateSecurityStampAsync(user) : result);
    }

    public async Task<IReadOnlyList<string>> SetRolesAsync(ZhiliUser user, IEnumerable<string> roles)
    {
        var wanted = roles.Distinct().ToList();
        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(wanted));
        var added = removed.Succeeded ? await users.AddToRolesAsync(user, wanted.Except(current)) : removed;
        return Errors(added.Succeeded ? await users.UpdateSecurityStampAsync(user) : added);
    }

    private static List<string> Errors(IdentityResult result) => result.Errors.Select(e => e.Description).ToList();
}
