using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.WageArrears.Features.Lookup;

/// <summary>B-CREDIT: the joint-punishment lookup for partner systems (scope <c>blacklist.lookup</c>).</summary>
public static class LookupEndpoints
{
    public const string Scope = "blacklist.lookup";

    /// <summary>The most codes one batch may ask about.</summary>
    public const int MaxBatch = 1000;

    public static void MapLookupEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/lookup").WithTags("Blacklist lookup 联合惩戒查询").RequirePartnerScope(Scope);
        g.MapGet("/{creditCode}", One).WithName("LookupBlacklist")
            .WithSummary("Is this credit code under joint punishment now: since, until, grounds, deciding authority, grade C, restricted areas (B-CREDIT)");
        g.MapPost("", Batch).WithName("LookupBlacklistBatch")
            .WithSummary("The same answer for up to 1,000 credit codes in one request (B-CREDIT)");
    }

    private static async Task<Results<Ok<LookupAnswer>, ProblemHttpResult>> One(string creditCode, LookupService lookup, CancellationToken ct)
    {
        var check = CreditCode.Check(creditCode);
        if (!check.IsValid)
        {
            return Problems.Invalid("creditCode", $"“{creditCode}”：{check.Reason}（{check.ReasonEn}）", "K-USCC");
        }

        return TypedResults.Ok(await lookup.LookupAsync(check.Normalized!, ct));
    }

    private static async Task<Results<Ok<LookupBatchAnswer>, ProblemHttpResult>> Batch(LookupBatchRequest request, LookupService lookup, CancellationToken ct)
    {
        var codes = request.Codes ?? [];
        if (codes.Count is 0 or > MaxBatch)
        {
            return Problems.Invalid("codes", $"请提供 1 到 {MaxBatch} 个统一社会信用代码（实际 {codes.Count} 个）", "B-CREDIT");
        }

        var checks = codes.Select(c => (Code: c, Check: CreditCode.Check(c))).ToList();
        var bad = checks.Select((c, i) => (c, i)).Where(x => !x.c.Check.IsValid)
            .Select(x => new Violation($"codes[{x.i}]", $"“{x.c.Code}”：{x.c.Check.Reason}（{x.c.Check.ReasonEn}）", "K-USCC")).ToList();
        if (bad.Count > 0)
        {
            return Problems.Invalid(bad);
        }

        return TypedResults.Ok(new LookupBatchAnswer(await lookup.LookupAsync(checks.Select(c => c.Check.Normalized!).ToList(), ct)));
    }
}
