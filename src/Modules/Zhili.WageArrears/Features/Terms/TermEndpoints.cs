using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.WageArrears.Features.Terms;

public sealed record CorrectionRequest(DateOnly CorrectedOn);

public sealed record RemovalRequest(DateOnly DecidedOn, string? Reason);

/// <summary>Staff API for B-TERM: correction, removal and the review a scheduled job runs.</summary>
public static class TermEndpoints
{
    public static void MapTermEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("").WithTags("Blacklist terms 期限与移出").RequireAuthorization(Roles.StaffPolicy);
        g.MapPost("/cases/{id:int}/correction", Correct).WithName("RecordBlacklistCorrection")
            .WithSummary("The employer corrected the unlawful act (B-TERM)");
        g.MapPost("/cases/{id:int}/removal", Remove).WithName("RemoveFromBlacklist")
            .WithSummary("The removal decision after expiry; joint punishment ends at once (B-TERM)");
        g.MapPost("/terms/review", Review).WithName("ReviewBlacklistTerms")
            .WithSummary("Extend expired uncorrected entries, make removals due, post deadline notices (B-TERM, B-LIST)");
    }

    private static Task<Results<Ok<CaseDto>, ProblemHttpResult>> Correct(int id, CorrectionRequest r, CaseService cases, CancellationToken ct) =>
        CaseEndpoints.Apply(id, cases, async c =>
        {
            c.RecordCorrection(r.CorrectedOn);
            await cases.SaveAsync(ct);
        }, ct);

    private static Task<Results<Ok<CaseDto>, ProblemHttpResult>> Remove(int id, RemovalRequest r, CaseService cases, CancellationToken ct) =>
        CaseEndpoints.Apply(id, cases, async c =>
        {
            c.Remove(r.DecidedOn, string.IsNullOrWhiteSpace(r.Reason) ? "期满已改正违法行为且未再发生列入情形" : r.Reason.Trim());
            await cases.SaveAsync(ct);
        }, ct);

    private static async Task<Ok<TermReview>> Review(TermService terms, CancellationToken ct) => TypedResults.Ok(await terms.ReviewAsync(ct));
}
