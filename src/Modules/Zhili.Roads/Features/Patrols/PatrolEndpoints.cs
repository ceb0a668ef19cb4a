namespace Zhili.Roads.Features.Patrols;

public sealed record PatrolListQuery(string? Segment, DateOnly? From, DateOnly? To, int? Page, int? PageSize, string? Sort);

public sealed record ComplianceQuery(string? Month, string? District);

/// <summary>Staff API of the patrol log and its compliance (R-PATROL): chiefs, streets and districts log on their own segments.</summary>
public static class PatrolEndpoints
{
    public static void MapPatrolEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/patrols").WithTags("Road patrols 巡查");
        g.MapPost("", Log).RequireAuthorization(Roles.PatrolPolicy).WithName("LogRoadPatrol")
            .WithSummary("Log a patrol of a segment, with findings and a photo; it goes to the chief in office at its time (R-PATROL)");
        g.MapGet("", List).RequireAuthorization(Roles.ReadPolicy).WithName("ListRoadPatrols")
            .WithSummary("Patrols of the reader's scope by segment and days, newest first, paged (R-PATROL)");
        g.MapGet("/{id:int}/photo", Photo).RequireAuthorization(Roles.ReadPolicy).WithName("GetRoadPatrolPhoto")
            .WithSummary("A patrol's photo, to staff who may see its segment (R-PATROL)");
        g.MapGet("/compliance", Compliance).RequireAuthorization(Roles.ReadPolicy).WithName("GetRoadPatrolCompliance")
            .WithSummary("Each chief's patrols against the duty for a month: required, done, and the missing days, weeks or half-months (R-PATROL)");
        g.MapGet("/compliance.xlsx", Export).RequireAuthorization(Roles.ReadPolicy).WithName("ExportRoadPatrolCompliance")
            .WithSummary("The month's compliance table as .xlsx (R-PATROL)");
    }

    private static async Task<Created<PatrolDto>> Log(PatrolRequest request, ClaimsPrincipal user, PatrolService patrols, CancellationToken ct)
    {
        var p = await patrols.LogAsync(request, user.Name(), ct);
        return TypedResults.Created($"/api/v1/roads/patrols?segment={p.SegmentCode}", PatrolDto.From(p));
    }

    private static async Task<Ok<Page<PatrolDto>>> List([AsParameters] PatrolListQuery q, PatrolQueries queries, CancellationToken ct)
    {
        var paging = new PageRequest(q.Page ?? 1, q.PageSize ?? PageRequest.DefaultSize, q.Sort ?? "-at");
        var page = await queries.ListAsync(q.Segment is { Length: <= 100 } ? q.Segment : null, q.From, q.To, paging, ct);
        return TypedResults.Ok(page.Map(PatrolDto.From));
    }

    private static async Task<FileContentHttpResult> Photo(int id, PatrolQueries queries, CancellationToken ct)
    {
        var photo = await queries.PhotoAsync(id, ct);
        return TypedResults.File(photo.Bytes, photo.ContentType);
    }

    private static async Task<Ok<ComplianceReport>> Compliance([AsParameters] ComplianceQuery q, ComplianceQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.MonthAsync(q.Month, q.District, ct));

    private static async Task<FileContentHttpResult> Export([AsParameters] ComplianceQuery q, ComplianceQueries queries, CancellationToken ct)
    {
        var report = await queries.MonthAsync(q.Month, q.District, ct);
        return TypedResults.File(ComplianceSheet.Bytes(report), Zhili.BuildingBlocks.Documents.Workbook.ContentType,
            $"patrol-compliance-{report.From:yyyy-MM}.xlsx");
    }
}
