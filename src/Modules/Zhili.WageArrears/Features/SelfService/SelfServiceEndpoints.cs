using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.WageArrears.Features.SelfService;

/// <summary>
/// Employer self-service (B-NOTICE, B-OBJ): public, rate-limited forms authorised by the one-time access code printed on
/// the notice; and the staff endpoint that issues that code.
/// </summary>
public static class SelfServiceEndpoints
{
    public static void MapSelfServiceEndpoints(this IEndpointRouteBuilder api)
    {
        var open = api.MapGroup("/public").WithTags("Blacklist self-service 用人单位自助");
        open.MapPost("/defence", Defence).PublicSurface().WithName("FileBlacklistDefenceOnline")
            .WithSummary("The employer files its statement and defence with the notice's access code (B-NOTICE)");
        open.MapPost("/objections", Objection).PublicSurface().WithName("FileBlacklistObjectionOnline")
            .WithSummary("The employer files an objection with evidence with the listing decision's access code (B-OBJ)");

        api.MapPost("/cases/{id:int}/access-codes", Issue).WithTags("Blacklist cases 黑名单案件").RequireAuthorization(Roles.StaffPolicy)
            .WithName("IssueBlacklistAccessCode")
            .WithSummary("Issue the one-time access code printed on the notice or the listing decision; shown once (B-NOTICE, B-OBJ)");
    }

    private static Task<Results<Ok<SelfServiceReceipt>, ProblemHttpResult>> Defence(PublicDefenceRequest r, SelfServiceService s, CancellationToken ct) =>
        Run(() => s.FileDefenceAsync(r, ct));

    private static Task<Results<Ok<SelfServiceReceipt>, ProblemHttpResult>> Objection(PublicObjectionRequest r, SelfServiceService s, CancellationToken ct) =>
        Run(() => s.FileObjectionAsync(r, ct));

    private static async Task<Results<Ok<SelfServiceReceipt>, ProblemHttpResult>> Run(Func<Task<SelfServiceReceipt>> file)
    {
        return TypedResults.Ok(await file());
    }

    private static async Task<Results<Created<IssuedCode>, ProblemHttpResult>> Issue(
        int id, AccessCodeRequest r, ClaimsPrincipal user, CaseService cases, AccessCodeService codes, CancellationToken ct)
    {
        if (await cases.FindAsync(id, ct) is not { } c)
        {
            return Refusals.NotFound(id);
        }

        return TypedResults.Created($"/api/v1/blacklist/cases/{id}", await codes.IssueAsync(c, r.Purpose, user.Name(), ct));
    }
}
