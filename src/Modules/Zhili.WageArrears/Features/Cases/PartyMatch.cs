namespace Zhili.WageArrears.Features.Cases;

/// <summary>B-WHO, B-TERM: finding other cases on the same parties, by credit code or a natural person's identity number.</summary>
internal static class PartyMatch
{
    public static IQueryable<BlacklistCase> OnAnyOf(this IQueryable<BlacklistCase> cases, IEnumerable<Party> parties)
    {
        var list = parties.ToList();
        var codes = list.Where(p => p.CreditCode != null).Select(p => p.CreditCode!).ToList();
        var ids = list.Where(p => p.IdNumber != null).Select(p => p.IdNumber!).ToList();
        return cases.Where(o => o.Parties.Any(p =>
            (p.CreditCode != null && codes.Contains(p.CreditCode)) || (p.IdNumber != null && ids.Contains(p.IdNumber))));
    }
}
