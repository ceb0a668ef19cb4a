namespace Zhili.WageArrears.Features.Lookup;

/// <summary>One live listing of a party with a credit code, as the lookup snapshot loads it.</summary>
internal sealed record LookupHit(string CreditCode, string Name, DateOnly ListedOn, DateOnly? ExpiresOn, Ground Grounds, string UnitCode);

/// <summary>B-CREDIT: makes up a listed code's answer once, sharing the texts between answers with the same grounds.</summary>
internal sealed class LookupAnswers(IAdminUnits units)
{
    private readonly Dictionary<Ground, IReadOnlyList<string>> names = [];
    private readonly Dictionary<string, string> authorities = new(StringComparer.Ordinal);

    /// <summary>Several live listings of one employer: the earliest start, the latest end, every ground and authority.</summary>
    public LookupAnswer Answer(string code, List<LookupHit> hits)
    {
        var first = hits.MinBy(h => h.ListedOn)!;
        var all = hits.Aggregate(Ground.None, (a, h) => a | h.Grounds);
        if (!names.TryGetValue(all, out var groundNames))
        {
            names[all] = groundNames = Grounds.ChineseNames(all);
        }

        var authority = string.Join("、", hits.Select(h => h.UnitCode).Distinct().Select(Authority));
        return new LookupAnswer(code, true, first.Name, first.ListedOn, hits.Max(h => h.ExpiresOn), groundNames,
            authority, JointPunishment.IntegrityGrade, JointPunishment.RestrictedAreas);
    }

    private string Authority(string unitCode)
    {
        if (!authorities.TryGetValue(unitCode, out var name))
        {
            authorities[unitCode] = name = Lookup.Authority.Name(units, unitCode);
        }

        return name;
    }
}
