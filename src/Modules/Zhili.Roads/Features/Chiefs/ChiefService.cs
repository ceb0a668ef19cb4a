namespace Zhili.Roads.Features.Chiefs;

/// <summary>R-CHIEF: appointing holders to the offices of the reader's scope; the API and the pages both call it.</summary>
public sealed class ChiefService(RoadsDbContext db, IAdminUnits units)
{
    public Task<RoadChief> GetAsync(int id, CancellationToken ct) =>
        db.Chiefs.Include(c => c.Terms).FirstOrDefaultAsync(c => c.Id == id, ct).OrNotFound($"路长职位 {id} 不存在");

    /// <summary>
    /// R-CHIEF: the holder takes the office from the day given; the current holder's term ends the day before. The office
    /// is set up with its first holder.
    /// </summary>
    public async Task<RoadChief> AppointAsync(AppointRequest r, string by, CancellationToken ct)
    {
        var level = r.Level!.Value;
        var (place, unit) = await PlaceAsync(level, r.Place!.Trim(), ct);
        var chief = await db.Chiefs.Include(c => c.Terms).FirstOrDefaultAsync(c => c.Level == level && c.Place == place, ct);
        if (chief is null)
        {
            chief = new RoadChief { Level = level, Place = place, UnitCode = unit };
            db.Chiefs.Add(chief);
        }
        else
        {
            chief.Expect(r.Version);
        }

        chief.Appoint(new ChiefHolder(r.HolderName!.Trim(), r.Post!.Trim(), r.OfficePhone!.Trim()), r.FirstDay!.Value, by);
        await db.SaveChangesAsync(ct);
        return chief;
    }

    /// <summary>The office's place and the unit whose people change it; refused outside the reader's scope.</summary>
    private async Task<(string Place, string Unit)> PlaceAsync(ChiefLevel level, string place, CancellationToken ct)
    {
        var (code, unit) = level switch
        {
            ChiefLevel.General or ChiefLevel.Deputy when units.Find(place) is { InUrbanScope: true } d && d.Kind.IsCountyLevel() => (d.Code, d.Code),
            ChiefLevel.First when SegmentPlaces.StreetOfScope(units, place) is { } s => (s.Code, s.Code),
            ChiefLevel.Second => await SegmentAsync(place, ct),
            _ => throw new RuleViolationException("place", level is ChiefLevel.First
                ? "一级路长负责实施范围内的街道（乡镇）：请选择街道" : "总路长、副总路长负责实施范围内的区：请选择区", "R-CHIEF"),
        };
        return DataScope.Current.Covers(unit) ? (code, unit)
            : throw new RuleViolationException("place", "只能任命本单位辖区内的路长", "R-CHIEF");
    }

    private async Task<(string, string)> SegmentAsync(string code, CancellationToken ct)
    {
        var segment = await db.Segments.FirstOrDefaultAsync(s => s.Code == RoadCodes.Normalize(code), ct)
            ?? throw new RuleViolationException("place", $"二级路长负责路段：路段 {code} 不存在", "R-CHIEF");
        return segment.RetiredOn is null ? (segment.Code, segment.UnitCode)
            : throw new RuleViolationException("place", $"路段 {segment.Code} 已撤销", "R-CHIEF");
    }
}
