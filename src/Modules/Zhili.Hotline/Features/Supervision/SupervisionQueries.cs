namespace Zhili.Hotline.Features;

/// <summary>The supervision list's filters: level, open only (the default), one appeal's cases.</summary>
public sealed record SupervisionFilter(SupervisionLevel? Level = null, bool OpenOnly = true, long? AppealId = null);

/// <summary>Reads of supervision cases; a unit sees the cases of its own appeals, and of a group only its own appeals.</summary>
public sealed class SupervisionQueries(HotlineDbContext db, SupervisionService cases, TimeProvider clock)
{
    public async Task<Page<SupervisionCaseRow>> ListAsync(SupervisionFilter f, PageRequest paging, CancellationToken ct)
    {
        var query = cases.Visible(db.SupervisionCases.AsNoTracking()
            .Include(c => c.Supervisions).Include(c => c.Notices).Include(c => c.Listings).ThenInclude(l => l.Notice).AsSplitQuery());
        if (f.OpenOnly)
        {
            query = query.Where(c => c.Supervisions.Any(s => s.ClosedAt == null));
        }

        if (f.Level is { } level)
        {
            query = query.Where(c => c.Level == level);
        }

        if (f.AppealId is { } appealId)
        {
            query = query.Where(c => c.Supervisions.Any(s => s.AppealId == appealId));
        }

        // The highest level first (重点, 专项, 一般), the newest first within a level.
        var r = paging.Normalized();
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(c => c.Level).ThenByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id)
            .Skip((r.Page - 1) * r.PageSize).Take(r.PageSize).ToListAsync(ct);
        var ids = items.SelectMany(c => c.AppealIds).Distinct().ToList();
        var appeals = await db.Appeals.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = items.Select(c => Row(c, appeals.Where(a => c.AppealIds.Contains(a.Id)).OrderBy(a => a.Id).ToList(), now)).ToList();
        return new Page<SupervisionCaseRow>(rows, r.Page, r.PageSize, total, null);
    }

    private static SupervisionCaseRow Row(SupervisionCase c, IReadOnlyList<Appeal> appeals, DateTime now)
    {
        var latest = c.Notices.OrderByDescending(n => n.IssuedAt).ThenByDescending(n => n.Id).FirstOrDefault();
        return new SupervisionCaseRow(c.Id, c.Level, c.IsOpen, c.OpenedAt, c.Reason,
            appeals.Select(a => SupervisionCaseDto.Member(c, a)).ToList(), latest?.Number, latest?.DueAt, latest?.RepliedLate,
            latest?.IsOverdue(now) ?? false, c.Listings.OrderByDescending(l => l.ListedAt).FirstOrDefault()?.State);
    }
}
