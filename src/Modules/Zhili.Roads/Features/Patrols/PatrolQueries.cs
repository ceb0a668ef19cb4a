namespace Zhili.Roads.Features.Patrols;

/// <summary>R-PATROL: the patrol log of the reader's scope (the data scope's query filter), newest first.</summary>
public sealed class PatrolQueries(RoadsDbContext db)
{
    private static readonly Sorting<Patrol> Sorting = new Sorting<Patrol>("at").By("at", p => p.At).By("segment", p => p.SegmentCode);

    public Task<Page<Patrol>> ListAsync(string? segment, DateOnly? from, DateOnly? to, PageRequest paging, CancellationToken ct)
    {
        var query = db.Patrols.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(segment))
        {
            var code = RoadCodes.Normalize(segment);
            query = query.Where(p => p.SegmentCode == code);
        }

        query = from is { } f ? query.Where(p => p.Day >= f) : query;
        query = to is { } t ? query.Where(p => p.Day <= t) : query;
        return Sorting.PageAsync(query, paging, ct);
    }

    /// <summary>The photo of a patrol the reader may see; 404 for any other.</summary>
    public Task<PatrolPhoto> PhotoAsync(int id, CancellationToken ct) =>
        db.PatrolPhotos.AsNoTracking().FirstOrDefaultAsync(p => p.PatrolId == id, ct).OrNotFound($"巡查记录 {id} 没有照片");

    /// <summary>The segments the reader may log patrols on, by name, for the page's picker.</summary>
    public Task<List<RoadSegment>> SegmentsAsync(CancellationToken ct) =>
        db.Segments.AsNoTracking().Where(s => s.RetiredOn == null).OrderBy(s => s.Name).ThenBy(s => s.Code).ToListAsync(ct);
}
