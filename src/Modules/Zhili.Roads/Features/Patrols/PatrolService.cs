using Zhili.BuildingBlocks.Documents;

namespace Zhili.Roads.Features.Patrols;

/// <summary>R-PATROL: logging a patrol, for the API and the page alike; the patrol goes to the holder in office at its time.</summary>
public sealed class PatrolService(RoadsDbContext db, TimeProvider clock)
{
    public async Task<Patrol> LogAsync(PatrolRequest r, string by, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var at = r.At?.UtcDateTime ?? now;
        var day = Zhili.Kernel.Civil.DateOf(at);
        // The data scope hides another district's segments: to the logger they are unknown.
        var segment = await db.Segments.AsNoTracking().FirstOrDefaultAsync(s => s.Code == RoadCodes.Normalize(r.Segment), ct)
            ?? throw new RuleViolationException("segment", $"路段 {r.Segment} 不存在或不在本单位辖区内", "R-PATROL");
        if (segment.RetiredOn is { } retired && day >= retired)
        {
            throw new RuleViolationException("segment", $"路段 {segment.Code} 已于 {retired:yyyy-MM-dd} 撤销", "R-PATROL");
        }

        var level = r.Level ?? ChiefLevel.Second;
        var place = level switch { ChiefLevel.General => segment.DistrictCode, ChiefLevel.First => segment.UnitCode, _ => segment.Code };
        var term = await db.Terms.AsNoTracking()
            .Where(t => db.Chiefs.Any(c => c.Id == t.ChiefId && c.Level == level && c.Place == place))
            .Where(t => t.FirstDay <= day && (t.LastDay == null || t.LastDay >= day))
            .FirstOrDefaultAsync(ct)
            ?? throw new RuleViolationException("at", $"{day:yyyy-MM-dd} 该路段没有在任的{ChiefLevels.Text(level)}：请先任命路长或核对巡查时间", "R-PATROL");

        var photoType = r.Photo is { Length: > 0 } bytes ? ImageFiles.TypeOf(bytes) : null;
        var patrol = new Patrol
        {
            SegmentId = segment.Id, SegmentCode = segment.Code, UnitCode = segment.UnitCode, Level = level, ChiefId = term.ChiefId,
            TermId = term.Id, HolderName = term.HolderName, At = at, Day = day, HasPhoto = photoType is not null,
            Findings = string.IsNullOrWhiteSpace(r.Findings) ? null : r.Findings.Trim(), LoggedBy = by, LoggedAt = now,
            Photo = photoType is null ? null : new PatrolPhoto { UnitCode = segment.UnitCode, ContentType = photoType, Bytes = r.Photo! },
        };
        db.Patrols.Add(patrol);
        await db.SaveChangesAsync(ct);
        return patrol;
    }
}
