namespace Zhili.Hotline.Features.Open311;

/// <summary>The GeoReport v2 services: the leaves of the category tree, read with their group names (a small table).</summary>
public sealed class Open311Catalogue(HotlineDbContext db, IAdminUnits units)
{
    public async Task<IReadOnlyList<Open311Service>> ServicesAsync(CancellationToken ct)
    {
        var all = await db.Categories.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);
        var names = all.ToDictionary(c => c.Code, c => c.Name);
        return all.Where(c => c.Level == 3).Select(c => new Open311Service(
            c.Code, c.Name, Name(names, c.Code[..2] + "0000"), Name(names, c.Code[..4] + "00"),
            c.DefaultType ?? AppealType.Help, c.DefaultUnitCode is { } u ? units.Find(u)?.Name : null)).ToList();
    }

    /// <summary>The service of a code, or null when the code is no leaf of the tree (→ 404).</summary>
    public async Task<Open311Service?> FindAsync(string? code, CancellationToken ct) =>
        (await ServicesAsync(ct)).FirstOrDefault(s => s.Code == code?.Trim());

    private static string Name(Dictionary<string, string> names, string code) => names.GetValueOrDefault(code, code);
}
