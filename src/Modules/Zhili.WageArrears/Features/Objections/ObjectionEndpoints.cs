using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.WageArrears.Features.Objections;

/// <summary>Staff API for B-OBJ objections and B-FIX corrections.</summary>
public static class ObjectionEndpoints
{
    public static void MapObjectionEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("").WithTags("Blacklist objections 异议与更正").RequireAuthorization(Roles.StaffPolicy);
        g.MapPost("/cases/{id:int}/objections", File).WithName("FileBlacklistObjection").WithSummary("Record an objection with evidence (B-OBJ)");
        g.MapGet("/objections/{id:int}", Get).WithName("GetBlacklistObjection").WithSummary("An objection with its deadline (B-OBJ)");
        g.MapPost("/objections/{id:int}/extension", Extend).WithName("ExtendBlacklistObjection").WithSummary("The one extension of 10 working days (B-OBJ)");
        g.MapPost("/objections/{id:int}/decision", Decide).WithName("DecideBlacklistObjection")
            .WithSummary("Upheld, corrected or revoked; a correction changes the entry at once (B-OBJ, B-FIX)");
        g.MapPost("/cases/{id:int}/fix", Fix).WithName("FixBlacklistEntry")
            .WithSummary("The underlying decision was changed or revoked: correct or remove the entry at once (B-FIX)");
    }

    private static async Task<Results<Created<ObjectionDto>, ProblemHttpResult>> File(int id, ObjectionRequest r, CaseService cases, ObjectionService objections, CancellationToken ct)
    {
        if (await cases.FindAsync(id, ct) is not { } c)
        {
            return Refusals.NotFound(id);
        }

        var o = await objections.FileAsync(c, r, ct);
        return TypedResults.Created($"/api/v1/blacklist/objections/{o.Id}", ObjectionDto.From(o, cases.Deadlines.Now));
    }

    private static async Task<Results<Ok<ObjectionDto>, ProblemHttpResult>> Get(int id, ObjectionService objections, Deadlines d, CancellationToken ct) =>
        await objections.FindAsync(id, ct) is { } o ? TypedResults.Ok(ObjectionDto.From(o, d.Now)) : Problems.NotFound($"异议 {id} 不存在");

    private static Task<Results<Ok<ObjectionDto>, ProblemHttpResult>> Extend(int id, ObjectionService objections, Deadlines d, CancellationToken ct) =>
        Apply(id, objections, d, o => objections.ExtendAsync(o, ct), ct);

    private static Task<Results<Ok<ObjectionDto>, ProblemHttpResult>> Decide(int id, ObjectionDecisionRequest r, ObjectionService objections, Deadlines d, CancellationToken ct) =>
        Apply(id, objections, d, o => objections.DecideAsync(o, r, ct), ct);

    private static Task<Results<Ok<CaseDto>, ProblemHttpResult>> Fix(int id, FixRequest r, CaseService cases, ObjectionService objections, CancellationToken ct) =>
        CaseEndpoints.Apply(id, cases, c => objections.FixAsync(c, r, ct), ct);

    private static async Task<Results<Ok<ObjectionDto>, ProblemHttpResult>> Apply(int id, ObjectionService objections, Deadlines d, Func<Objection, Task> action, CancellationToken ct)
    {
        if (await objections.FindAsync(id, ct) is not { } o)
        {
            return Problems.NotFound($"异议 {id} 不存在");
        }

        await action(o);

        return TypedResults.Ok(ObjectionDto.From(o, d.Now));
    }
}
