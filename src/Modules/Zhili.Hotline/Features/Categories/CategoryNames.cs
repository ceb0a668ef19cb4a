namespace Zhili.Hotline.Features.Categories;

/// <summary>Categories by name for staff pages (retired ones too, since old appeals keep their codes).</summary>
public sealed class CategoryNames(HotlineDbContext db)
{
    public async Task<string> NameAsync(string code, CancellationToken ct) =>
        await db.Categories.AsNoTracking().Where(c => c.Code == code).Select(c => c.Name).FirstOrDefaultAsync(ct) ?? code;

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var wanted = codes.Distinct().ToList();
        return await db.Categories.AsNoTracking().Where(c => wanted.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Name, ct);
    }
}
