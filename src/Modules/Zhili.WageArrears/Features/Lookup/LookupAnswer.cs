namespace Zhili.WageArrears.Features.Lookup;

/// <summary>B-CREDIT: whether a credit code is under joint punishment now, since when, until when, for what, by whom.</summary>
public sealed record LookupAnswer(
    string CreditCode, bool Listed, string? EmployerName, DateOnly? Since, DateOnly? Until, IReadOnlyList<string> Grounds,
    string? DecidingAuthority, string? IntegrityGrade, IReadOnlyList<string> RestrictedAreas)
{
    public static LookupAnswer NotListed(string code) => new(code, false, null, null, null, [], null, null, []);
}

public sealed record LookupBatchRequest(List<string?>? Codes);

public sealed record LookupBatchAnswer(IReadOnlyList<LookupAnswer> Results);
