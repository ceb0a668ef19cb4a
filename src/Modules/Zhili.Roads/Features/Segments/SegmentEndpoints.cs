namespace Zhili.Roads.Features.Segments;

public sealed record SegmentListQuery(string? Q, string? District, string? Street, bool? Retired, int? Page, int? PageSize, string? Sort);

public sealed record RetireRequest(int? Version);

/// <summary>Staff API of the registry (R-SCOPE): a district registers and changes its own segments, the city all.</summary>
public static class SegmentEndpoints
{
    public static void MapSegmentEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/segments").WithTags("Road segments 路段");
        g.MapGet("", List).RequireAuthorization(Roles.ReadPolicy).WithName("ListRoadSegments")
            .WithSummary("Segments of the reader's scope, searchable by name, road or code, paged (R-SCOPE)");
        g.MapPost("", Create).RequireAuthorization(Roles.ManagePolicy).WithName("CreateRoadSegment")
            .WithSummary("Register a segment on a street of the urban scope (R-SCOPE)");
        g.MapPut("/{segmentCode}", Update).RequireAuthorization(Roles.ManagePolicy).WithName("UpdateRoadSegment")
            .WithSummary("Edit a segment; refused with 409 when it changed since the version read (R-SCOPE)");
        g.MapPost("/{segmentCode}/retirement", Retire).RequireAuthorization(Roles.ManagePolicy).WithName("RetireRoadSegment")
            .WithSummary("Take a segment out of the assessment scope; its board goes, its history stays (R-SCOPE)");
    }

    private static async Task<Ok<Page<SegmentDto>>> List([AsParameters] SegmentListQuery q, SegmentQueries queries, IAdminUnits units, CancellationToken ct)
    {
        var filter = new SegmentFilter(q.Q is { Length: <= 100 } ? q.Q : null, q.District, q.Street, q.Retired ?? false);
        var page = await queries.ListAsync(filter, new PageRequest(q.Page ?? 1, q.PageSize ?? PageRequest.DefaultSize, q.Sort), ct);
        return TypedResults.Ok(page.Map(s => SegmentDto.From(s, units)));
    }

    private static async Task<Created<SegmentDto>> Create(SegmentRequest request, SegmentService segments, IAdminUnits units, CancellationToken ct)
    {
        var s = await segments.CreateAsync(request, ct);
        return TypedResults.Created($"/api/v1/roads/segments/{s.Code}", SegmentDto.From(s, units));
    }

    private static async Task<Ok<SegmentDto>> Update(string segmentCode, SegmentRequest request, SegmentService segments, IAdminUnits units, CancellationToken ct) =>
        TypedResults.Ok(SegmentDto.From(await segments.UpdateAsync(segmentCode, request, ct), units));

    private static async Task<Ok<SegmentDto>> Retire(string segmentCode, RetireRequest request, SegmentService segments, IAdminUnits units, CancellationToken ct) =>
        TypedResults.Ok(SegmentDto.From(await segments.RetireAsync(segmentCode, request.Version, ct), units));
}
