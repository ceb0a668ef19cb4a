namespace Zhili.Roads.Features.Segments;

/// <summary>The staff list's filters: text (name, road, code, ends), district, street, and whether retired segments show.</summary>
public sealed record SegmentFilter(string? Q = null, string? District = null, string? Street = null, bool Retired = false);

/// <summary>R-SCOPE: the registry as staff read it, limited to the reader's scope by the data scope's query filter.</summary>
public sealed class SegmentQueries(RoadsDbContext db)
{
    private static readonly Sorting<RoadSegment> Sorting = new Sorting<RoadSegment>("code")
        .By("code", s => s.Code).By("name", s => s.Name).By("road", s => s.Road.Name).By("street", s => s.UnitCode)
        .By("class", s => s.AreaClass).By("length", s => s.LengthMetres);

    public Task<Page<RoadSegment>> ListAsync(SegmentFilter f, PageRequest paging, CancellationToken ct)
    {
        var query = db.Segments.AsNoTracking().Include(s => s.Road).Search(f.Q);
        if (!string.IsNullOrWhiteSpace(f.District))
        {
            query = query.Where(s => s.DistrictCode == f.District.Trim());
        }

        if (!string.IsNullOrWhiteSpace(f.Street))
        {
            query = query.Where(s => s.UnitCode == f.Street.Trim());
        }

        query = f.Retired ? query : query.Where(s => s.RetiredOn == null);
        return Sorting.PageAsync(query, paging, ct);
    }
}
