namespace Zhili.Roads.Features.StreetProblems;

/// <summary>The staff list's filters: segment, street or district, category, stage, escalated, overdue now.</summary>
public sealed record ProblemFilter(string? Segment = null, string? Unit = null, string? Category = null, ProblemStage? Stage = null,
    bool? Escalated = null, bool? Overdue = null);

/// <summary>R-LOOP: problems as staff read them, limited to the reader's scope by the data scope's query filter.</summary>
public sealed class ProblemQueries(RoadsDbContext db, IAdminUnits units, IPersonNames people, TimeProvider clock)
{
    // The newest first unless asked otherwise: the sorting's default key has no direction.
    private static readonly Sorting<RoadProblem> Sorting = new Sorting<RoadProblem>("newest").By("newest", p => -p.Id)
        .By("found", p => p.FoundAt).By("deadline", p => p.DeadlineAt).By("segment", p => p.SegmentCode).By("stage", p => p.Stage);

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<RoadProblem?> FindAsync(long id, CancellationToken ct) =>
        db.Problems.AsNoTracking().Include(p => p.Events).FirstOrDefaultAsync(p => p.Id == id, ct);

    public Task<Page<RoadProblem>> ListAsync(ProblemFilter f, PageRequest paging, CancellationToken ct)
    {
        var query = db.Problems.AsNoTracking().Include(p => p.Events).AsQueryable();
        if (!string.IsNullOrWhiteSpace(f.Segment))
        {
            query = query.Where(p => p.SegmentCode == RoadCodes.Normalize(f.Segment));
        }

        if (!string.IsNullOrWhiteSpace(f.Unit))
        {
            query = query.Where(p => p.DistrictCode == f.Unit.Trim() || p.UnitCode == f.Unit.Trim());
        }

        query = string.IsNullOrWhiteSpace(f.Category) ? query : query.Where(p => p.CategoryCode == f.Category.Trim());
        query = f.Stage is { } stage ? query.Where(p => p.Stage == stage) : query;
        query = f.Escalated is { } up ? query.Where(p => (p.EscalatedAt != null) == up) : query;
        var now = Now;
        query = f.Overdue switch
        {
            true => query.Where(p => p.DeadlineAt != null && (p.ClosedAt ?? now) > p.DeadlineAt),
            false => query.Where(p => p.DeadlineAt == null || (p.ClosedAt ?? now) <= p.DeadlineAt),
            _ => query,
        };
        return Sorting.PageAsync(query, paging, ct);
    }

    /// <summary>The problem as staff read it, with people's names and the photos it has.</summary>
    public async Task<ProblemDto> DtoAsync(RoadProblem p, CancellationToken ct)
    {
        var names = await people.DisplayNamesAsync(p.Events.Select(e => e.Actor).ToHashSet(StringComparer.Ordinal), ct);
        var photos = await db.ProblemPhotos.Where(x => x.ProblemId == p.Id).OrderBy(x => x.Id).Select(x => new ProblemPhotoRef(x.Id, x.Stage)).ToListAsync(ct);
        return ProblemDto.From(p, units, Now, names, photos);
    }

    /// <summary>A photo of a problem in the reader's scope (the problem's filter decides), or null.</summary>
    public Task<ProblemPhoto?> PhotoAsync(long problemId, long photoId, CancellationToken ct) =>
        db.ProblemPhotos.AsNoTracking().Where(x => x.Id == photoId && x.ProblemId == problemId && db.Problems.Any(p => p.Id == problemId))
            .FirstOrDefaultAsync(ct);
}
