namespace Zhili.Roads.Features.StreetProblems;

public sealed record ProblemListQuery(string? Segment, string? Unit, string? Category, ProblemStage? Stage, bool? Escalated, bool? Overdue,
    int? Page, int? PageSize, string? Sort);

public sealed record IndicatorQuery(DateOnly? From, DateOnly? To, IndicatorLevel? By);

/// <summary>Staff API of street problems (R-3BAO) and their closed loop (R-LOOP): a district sees and acts on its own, the city on all.</summary>
public static class ProblemEndpoints
{
    public static void MapProblemEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/problems").WithTags("Street problems 路段问题");
        g.MapGet("", List).RequireAuthorization(Roles.ReadPolicy).WithName("ListRoadProblems")
            .WithSummary("Problems of the reader's scope by segment, street or district, category, stage, escalation and overdue, paged (R-LOOP)");
        g.MapGet("/{id:long}", Get).RequireAuthorization(Roles.ReadPolicy).WithName("GetRoadProblem")
            .WithSummary("A problem with every stage's time and its history (R-LOOP)");
        g.MapGet("/indicators", Indicators).RequireAuthorization(Roles.ReadPolicy).WithName("RoadProblemIndicators")
            .WithSummary("Closed, on-time and rework rates and hours to close per segment, street or district for a period (R-LOOP)");
        g.MapPost("", Report).RequireAuthorization(ProblemRoles.ReportPolicy).WithName("ReportRoadProblem")
            .WithSummary("Report a problem found on a segment, in an R-3BAO category, with an optional photo (R-3BAO)");
        g.MapPost("/{id:long}/file", File).RequireAuthorization(ProblemRoles.FilePolicy).WithName("FileRoadProblem")
            .WithSummary("立案: register the problem with the deadline of its category (R-LOOP)");
        g.MapPost("/{id:long}/handle", Handle).RequireAuthorization(ProblemRoles.HandlePolicy).WithName("HandleRoadProblem")
            .WithSummary("处理: the street reports the problem put right (R-LOOP)");
        g.MapPost("/{id:long}/recheck", Recheck).RequireAuthorization(ProblemRoles.RecheckPolicy).WithName("RecheckRoadProblem")
            .WithSummary("复查: passed closes the problem; failed sends it back to 处理 as rework (R-LOOP)");
        g.MapPost("/{id:long}/escalate", Escalate).RequireAuthorization(ProblemRoles.ReportPolicy).WithName("EscalateRoadProblem")
            .WithSummary("上报: report a serious problem up to the district (R-LOOP, L3302–3306)");
    }

    private static async Task<Ok<Page<ProblemDto>>> List([AsParameters] ProblemListQuery q, ProblemQueries queries, IAdminUnits units, CancellationToken ct)
    {
        var filter = new ProblemFilter(Short(q.Segment), Short(q.Unit), Short(q.Category), q.Stage, q.Escalated, q.Overdue);
        var page = await queries.ListAsync(filter, new PageRequest(q.Page ?? 1, q.PageSize ?? PageRequest.DefaultSize, q.Sort), ct);
        return TypedResults.Ok(page.Map(p => ProblemDto.From(p, units, queries.Now)));
    }

    private static async Task<Results<Ok<ProblemDto>, NotFound>> Get(long id, ProblemQueries queries, CancellationToken ct) =>
        await queries.FindAsync(id, ct) is { } p ? TypedResults.Ok(await queries.DtoAsync(p, ct)) : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<ProblemIndicator>>> Indicators([AsParameters] IndicatorQuery q, ProblemIndicators indicators, CancellationToken ct)
    {
        var (from, to) = (q.From ?? EdgeRanges.First, q.To ?? EdgeRanges.Last);
        if (!EdgeRanges.Holds(from) || !EdgeRanges.Holds(to) || from > to)
        {
            throw new RuleViolationException("from", $"统计期间应在 {EdgeRanges.First:yyyy-MM-dd} 至 {EdgeRanges.Last:yyyy-MM-dd} 之间，且起日不晚于止日", "R-LOOP");
        }

        return TypedResults.Ok(await indicators.ForPeriodAsync(from, to, q.By ?? IndicatorLevel.Segment, ct));
    }

    private static async Task<Created<ProblemDto>> Report(ReportRequest request, ClaimsPrincipal user, ProblemService problems, ProblemQueries queries, CancellationToken ct)
    {
        var p = await problems.ReportAsync(request, user.Name(), ct);
        return TypedResults.Created($"/api/v1/roads/problems/{p.Id}", await queries.DtoAsync(p, ct));
    }

    private static async Task<Ok<ProblemDto>> File(long id, FileRequest request, ClaimsPrincipal user, ProblemService problems, ProblemQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.DtoAsync(await problems.FileAsync(id, request, user.Name(), ct), ct));

    private static async Task<Ok<ProblemDto>> Handle(long id, HandleRequest request, ClaimsPrincipal user, ProblemService problems, ProblemQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.DtoAsync(await problems.HandleAsync(id, request, user.Name(), ct), ct));

    private static async Task<Ok<ProblemDto>> Recheck(long id, RecheckRequest request, ClaimsPrincipal user, ProblemService problems, ProblemQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.DtoAsync(await problems.RecheckAsync(id, request, user.Name(), ct), ct));

    private static async Task<Ok<ProblemDto>> Escalate(long id, EscalateRequest request, ClaimsPrincipal user, ProblemService problems, ProblemQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.DtoAsync(await problems.EscalateAsync(id, request, user.Name(), ct), ct));

    private static string? Short(string? text) => text is { Length: <= 40 } ? text : null;
}
