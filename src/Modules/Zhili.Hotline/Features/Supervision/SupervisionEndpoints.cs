using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.Hotline.Features;

/// <summary>H-LVL: supervision cases over one appeal or a group: open, list, read, add an appeal, escalate.</summary>
public static class SupervisionEndpoints
{
    public static RouteGroupBuilder MapSupervisionCaseEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/supervisions").WithTags("Hotline supervision 三级督办");
        g.MapPost("", Open).RequireAuthorization(HotlineRoles.OfficePolicy).WithName("OpenSupervision")
            .WithSummary("Put one appeal or a group of appeals on the same problem under supervision (H-LVL)");
        g.MapGet("", List).RequireAuthorization(HotlineRoles.StaffPolicy).WithName("ListSupervisions")
            .WithSummary("Supervision cases in the caller's scope, highest level first; open only unless open=false");
        g.MapGet("/{id:long}", Get).RequireAuthorization(HotlineRoles.StaffPolicy).WithName("GetSupervision")
            .WithSummary("A supervision case with its appeals and every form's record (H-LVL, H-FORM-1…5)");
        g.MapPost("/{id:long}/appeals", (long id, AddAppealRequest r, SupervisionService s, TimeProvider clock, CancellationToken ct) =>
            Run(id, s, clock, c => s.AddAppealAsync(c, r.AppealId, r.Reason, ct), ct)).RequireAuthorization(HotlineRoles.OfficePolicy)
            .WithName("AddAppealToSupervision").WithSummary("Another appeal on the same problem joins the case at its level (H-LVL)");
        g.MapPost("/{id:long}/escalate", (long id, SupervisionRequest r, SupervisionService s, TimeProvider clock, CancellationToken ct) =>
            Run(id, s, clock, c => s.EscalateAsync(c, r.Level, r.Reason, ct), ct)).RequireAuthorization(HotlineRoles.OfficePolicy)
            .WithName("EscalateSupervisionCase").WithSummary("Escalate the case and every appeal it covers one level, with a reason (H-LVL)");
        return g;
    }

    private static async Task<Created<SupervisionCaseDto>> Open(
        OpenSupervisionRequest r, SupervisionService s, TimeProvider clock, CancellationToken ct)
    {
        var c = await s.OpenAsync(r.AppealIds, r.Level, r.Reason, ct);
        return TypedResults.Created($"/api/v1/hotline/supervisions/{c.Id}", await DtoAsync(c, s, clock, ct));
    }

    private static async Task<Ok<Page<SupervisionCaseRow>>> List(
        [AsParameters] SupervisionListQuery q, SupervisionQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(new SupervisionFilter(q.Level, q.Open ?? true, q.AppealId),
            new PageRequest(q.Page ?? 1, q.PageSize ?? PageRequest.DefaultSize), ct));

    private static async Task<Results<Ok<SupervisionCaseDto>, ProblemHttpResult>> Get(
        long id, SupervisionService s, TimeProvider clock, CancellationToken ct) =>
        await s.FindAsync(id, ct) is { } c ? TypedResults.Ok(await DtoAsync(c, s, clock, ct)) : NotFound(id);

    /// <summary>Loads the case in scope (404 otherwise), applies the move, answers the case (refusals: the one error mapping).</summary>
    internal static async Task<Ok<SupervisionCaseDto>> Run(
        long id, SupervisionService s, TimeProvider clock, Func<SupervisionCase, Task> move, CancellationToken ct)
    {
        var c = await s.FindAsync(id, ct).OrNotFound($"督办件 {id} 不存在");
        await move(c);
        return TypedResults.Ok(await DtoAsync(c, s, clock, ct));
    }

    internal static ProblemHttpResult NotFound(long id) => Problems.NotFound($"督办件 {id} 不存在");

    private static async Task<SupervisionCaseDto> DtoAsync(SupervisionCase c, SupervisionService s, TimeProvider clock, CancellationToken ct) =>
        SupervisionCaseDto.Of(c, await s.AppealsOfAsync(c, ct), clock.GetUtcNow().UtcDateTime);
}

public sealed record SupervisionListQuery(SupervisionLevel? Level, bool? Open, long? AppealId, int? Page, int? PageSize);
