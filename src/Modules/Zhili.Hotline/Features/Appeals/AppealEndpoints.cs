using Microsoft.AspNetCore.Http.HttpResults;
using Zhili.Hotline.Features.Extensions;
using Zhili.Hotline.Features.Streets;

namespace Zhili.Hotline.Features.Appeals;

/// <summary>Staff API for appeals (H-FLOW, H-SLA): intake, list, read, and the flow's moves.</summary>
public static class AppealEndpoints
{
    public static void MapAppealEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/appeals").WithTags("Hotline appeals 12345诉求");
        var office = HotlineRoles.OfficePolicy;
        var staff = HotlineRoles.StaffPolicy;
        g.MapPost("", Receive).RequireAuthorization(office).WithName("ReceiveAppeal").WithSummary("Office intake of an appeal (H-FLOW)");
        g.MapGet("", List).RequireAuthorization(staff).WithName("ListAppeals").WithSummary("Appeals in the caller's scope, filtered, sorted, paged");
        g.MapGet("/{id:long}", Get).RequireAuthorization(staff).WithName("GetAppeal").WithSummary("An appeal with its timeline, extensions and supervision");
        g.MapPost("/{id:long}/assign", (long id, AssignRequest r, ClaimsPrincipal u, AppealService s, CancellationToken ct) =>
            Run(id, u, s, a => s.AssignAsync(a, r.UnitCode, r.CoUnitCodes, ct), ct)).RequireAuthorization(office)
            .WithName("AssignAppeal").WithSummary("交办 to a lead unit and co-handling units; starts the H-SLA deadline");
        g.MapPost("/{id:long}/return", (long id, ReasonRequest r, ClaimsPrincipal u, AppealService s, CancellationToken ct) =>
            Run(id, u, s, a => s.ReturnAsync(a, r.Reason, ct), ct)).RequireAuthorization(staff)
            .WithName("ReturnAppeal").WithSummary("回退 by the lead unit within 2 working days of assignment (H-FLOW)");
        g.MapPost("/{id:long}/reassign", (long id, AssignRequest r, ClaimsPrincipal u, AppealService s, CancellationToken ct) =>
            Run(id, u, s, a => s.ReassignAsync(a, r.UnitCode, r.CoUnitCodes, ct), ct)).RequireAuthorization(office)
            .WithName("ReassignAppeal").WithSummary("改派 to another lead unit; the deadline starts again (H-FLOW, H-SLA)");
        g.MapPost("/{id:long}/notes", (long id, TextRequest r, ClaimsPrincipal u, AppealService s, CancellationToken ct) =>
            Run(id, u, s, a => s.NoteAsync(a, r.Text, ct), ct)).RequireAuthorization(staff)
            .WithName("NoteAppeal").WithSummary("An internal handling note");
        g.MapPost("/{id:long}/reply", (long id, TextRequest r, ClaimsPrincipal u, AppealService s, CancellationToken ct) =>
            Run(id, u, s, a => s.ReplyAsync(a, r.Text, ct), ct)).RequireAuthorization(staff)
            .WithName("ReplyAppeal").WithSummary("答复 by the lead unit (H-FLOW)");
        g.MapPost("/{id:long}/callback", (long id, CallbackRequest r, ClaimsPrincipal u, AppealService s, CancellationToken ct) =>
            Run(id, u, s, a => s.CallbackAsync(a, r.Satisfaction, ct), ct)).RequireAuthorization(office)
            .WithName("CallbackAppeal").WithSummary("回访: the citizen's satisfaction (H-FLOW)");
        g.MapPost("/{id:long}/reopen", (long id, ReasonRequest r, ClaimsPrincipal u, AppealService s, CancellationToken ct) =>
            Run(id, u, s, a => s.ReopenAsync(a, r.Reason, ct), ct)).RequireAuthorization(office)
            .WithName("ReopenAppeal").WithSummary("Reopen once after an unsatisfied callback, counted as rework (H-FLOW)");
        g.MapPost("/{id:long}/close", (long id, CloseRequest r, ClaimsPrincipal u, AppealService s, CancellationToken ct) =>
            Run(id, u, s, a => s.CloseAsync(a, r.Reason, r.Note, ct), ct)).RequireAuthorization(office)
            .WithName("CloseAppeal").WithSummary("办结 with a distinct reason (H-FLOW)");
        g.MapExtensionEndpoints();
        g.MapStreetEndpoints();
    }

    private static async Task<Created<AppealDto>> Receive(
        NewAppealRequest r, ClaimsPrincipal user, AppealService s, IntakeDesk desk, CancellationToken ct)
    {
        var a = await s.ReceiveAsync(r.ToIntake(), ct);
        // H-FLOW: the advice (default unit, possible duplicates) is read after the insert and never holds intake up.
        return TypedResults.Created($"/api/v1/hotline/appeals/{a.Id}", AppealDto.Of(a, true) with { Intake = await desk.AdviceAsync(a, true, ct) });
    }

    private static async Task<Ok<Page<AppealRow>>> List(
        [AsParameters] AppealListQuery q, AppealQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(new AppealFilter(q.Q, q.State, q.Unit, q.Type), new PageRequest(q.Page ?? 1, q.PageSize ?? PageRequest.DefaultSize, q.Sort), ct));

    private static async Task<Results<Ok<AppealDto>, ProblemHttpResult>> Get(long id, ClaimsPrincipal user, AppealService s, CancellationToken ct) =>
        await s.FindAsync(id, ct) is { } a ? TypedResults.Ok(AppealDto.Of(a, AppealDto.CallerVisible(a, user.IsOffice()))) : NotFound(id);

    /// <summary>Loads the appeal in scope (404 otherwise), applies the move, answers the appeal (refusals: the one error mapping).</summary>
    internal static async Task<Ok<AppealDto>> Run(
        long id, ClaimsPrincipal user, AppealService s, Func<Appeal, Task<Appeal>> move, CancellationToken ct)
    {
        var appeal = await s.FindAsync(id, ct).OrNotFound(Missing(id));
        await move(appeal);
        return TypedResults.Ok(AppealDto.Of(appeal, AppealDto.CallerVisible(appeal, user.IsOffice())));
    }

    internal static string Missing(long id) => $"诉求 {id} 不存在";

    private static ProblemHttpResult NotFound(long id) => Problems.NotFound(Missing(id));
}

public sealed record AppealListQuery(string? Q, AppealState? State, string? Unit, AppealType? Type, int? Page, int? PageSize, string? Sort);
