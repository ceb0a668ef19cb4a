namespace Zhili.Roads.Features.Boards;

/// <summary>A row of the public list: a segment in service with where it runs.</summary>
public sealed record PublicSegment(string Code, string Name, string Road, string DistrictCode, string StreetCode, AreaClass AreaClass, string StartDescription, string EndDescription);

/// <summary>
/// R-BOARD: the public reads. Boards are public whoever reads them, a signed-in person of another district too, so these
/// reads pass the data scope on purpose; a retired segment has no board.
/// </summary>
public sealed class BoardQueries(RoadsDbContext db, IAdminUnits units, TimeProvider clock)
{
    public async Task<Page<PublicSegment>> ListAsync(string? district, string? q, int page, CancellationToken ct)
    {
        // Past the data scope: the list of boards is public (R-BOARD).
        var query = db.Segments.IgnoreQueryFilters().AsNoTracking().Where(s => s.RetiredOn == null).Search(q);
        query = string.IsNullOrWhiteSpace(district) ? query : query.Where(s => s.DistrictCode == district.Trim());
        var sorting = new Sorting<RoadSegment>("code").By("code", s => s.Code);
        var found = await sorting.PageAsync(query.Include(s => s.Road), new PageRequest(page, 50), ct);
        return found.Map(s => new PublicSegment(s.Code, s.Name, s.Road.Name, s.DistrictCode, s.UnitCode, s.AreaClass, s.StartDescription, s.EndDescription));
    }

    public async Task<BoardDto?> FindAsync(string code, string url, CancellationToken ct)
    {
        var normalized = RoadCodes.Normalize(code);
        // Past the data scope: a board is public, a signed-in person of another district reads it too (R-BOARD).
        var s = await db.Segments.IgnoreQueryFilters().AsNoTracking().Include(x => x.Road)
            .FirstOrDefaultAsync(x => x.Code == normalized && x.RetiredOn == null, ct);
        if (s is null)
        {
            return null;
        }

        var today = Zhili.Kernel.Civil.Today(clock);
        // Past the data scope, as the segment: the board names its chiefs to everyone (R-BOARD).
        var offices = await db.Chiefs.IgnoreQueryFilters().AsNoTracking().Include(c => c.Terms)
            .Where(c => (c.Level == ChiefLevel.Second && c.Place == s.Code) || (c.Level == ChiefLevel.First && c.Place == s.UnitCode)
                || ((c.Level == ChiefLevel.General || c.Level == ChiefLevel.Deputy) && c.Place == s.DistrictCode))
            .ToListAsync(ct);
        var chiefs = offices.OrderByDescending(c => c.Level)
            .Select(c => (c.Level, Term: c.Terms.FirstOrDefault(t => t.FirstDay <= today && (t.LastDay == null || t.LastDay >= today))))
            .Where(x => x.Term is not null)
            .Select(x => new BoardChief(x.Level, ChiefLevels.Text(x.Level), x.Term!.HolderName, x.Term.Post, x.Term.OfficePhone, ChiefLevels.Duty(x.Level)))
            .ToList();
        return new BoardDto(s.Code, s.Name, s.Road.Name, SegmentDto.UnitName(units, s.DistrictCode), SegmentDto.UnitName(units, s.UnitCode),
            AreaClasses.Text(s.AreaClass), s.LengthMetres, s.StartDescription, s.EndDescription, chiefs, BoardDto.Work, BoardDto.CityHotline, url);
    }
}
