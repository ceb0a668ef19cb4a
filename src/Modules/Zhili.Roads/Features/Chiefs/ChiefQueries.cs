namespace Zhili.Roads.Features.Chiefs;

/// <summary>R-CHIEF: the offices of the reader's scope, with their holders, and the names of the places they cover.</summary>
public sealed class ChiefQueries(RoadsDbContext db, IAdminUnits units)
{
    public async Task<Page<RoadChief>> ListAsync(string? district, ChiefLevel? level, PageRequest paging, CancellationToken ct)
    {
        var query = db.Chiefs.AsNoTracking().Include(c => c.Terms).AsQueryable();
        if (!string.IsNullOrWhiteSpace(district) && units.Find(district.Trim()) is { } d)
        {
            var codes = units.Under(d.Code).Select(u => u.Code).Append(d.Code).ToArray();
            query = query.Where(c => codes.Contains(c.UnitCode));
        }

        query = level is { } l ? query.Where(c => c.Level == l) : query;
        var sorting = new Sorting<RoadChief>("level").By("level", c => c.Level).By("place", c => c.Place);
        return await sorting.PageAsync(query.OrderBy(c => c.UnitCode), paging, ct);
    }

    /// <summary>The district's or street's name, or the segment's "name (code)".</summary>
    public async Task<string> PlaceNameAsync(RoadChief c, CancellationToken ct) => c.Level == ChiefLevel.Second
        ? await db.Segments.AsNoTracking().Where(s => s.Code == c.Place).Select(s => s.Name + "（" + s.Code + "）").FirstOrDefaultAsync(ct) ?? c.Place
        : SegmentDto.UnitName(units, c.Place);

    public Task<RoadChief?> FindAsync(int id, CancellationToken ct) =>
        db.Chiefs.AsNoTracking().Include(c => c.Terms).FirstOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>The office of that level at that place in the reader's scope, if set up.</summary>
    public Task<RoadChief?> FindAsync(ChiefLevel level, string place, CancellationToken ct) =>
        db.Chiefs.AsNoTracking().Include(c => c.Terms).FirstOrDefaultAsync(c => c.Level == level && c.Place == place, ct);

    public async Task<ChiefDto> DtoAsync(RoadChief c, CancellationToken ct) => ChiefDto.From(c, await PlaceNameAsync(c, ct));
}
