namespace Zhili.Hotline.Features.Appeals;

/// <summary>The appeal list's filters (search, state, unit, type) as the API and the page take them.</summary>
public sealed record AppealFilter(string? Q = null, AppealState? State = null, string? Unit = null, AppealType? Type = null);

/// <summary>Reads for lists and lookups; the data scope limits every query to the caller's units.</summary>
public sealed class AppealQueries(HotlineDbContext db)
{
    private static readonly Sorting<Appeal> Sorting = new Sorting<Appeal>("received")
        .By("received", a => a.ReceivedAt).By("deadline", a => a.DeadlineAt).By("state", a => a.State)
        .By("type", a => a.Type).By("unit", a => a.UnitCode).By("number", a => a.TrackingNumber);

    public async Task<Page<AppealRow>> ListAsync(AppealFilter f, PageRequest paging, CancellationToken ct)
    {
        var query = db.Appeals.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var q = f.Q.Trim();
            query = query.Where(a => a.TrackingNumber == q || a.Address.Contains(q) || a.Description.Contains(q));
        }

        if (f.State is { } state)
        {
            query = query.Where(a => a.State == state);
        }

        if (!string.IsNullOrWhiteSpace(f.Unit))
        {
            query = query.Where(a => a.UnitCode == f.Unit);
        }

        if (f.Type is { } type)
        {
            query = query.Where(a => a.Type == type);
        }

        // Newest first unless the caller sorts otherwise.
        var page = await Sorting.PageAsync(query, paging with { Sort = paging.Sort ?? "-received" }, ct);
        return page.Map(a => new AppealRow(a.Id, a.TrackingNumber, a.Type, a.Urgent, a.CategoryCode, a.Address, a.State, a.UnitCode,
            a.ReceivedAt, a.DeadlineAt, a.SupervisionLevel));
    }

    /// <summary>The categories in use; retired ones stay in the database for their appeals but are offered to nobody.</summary>
    public async Task<IReadOnlyList<CategoryDto>> CategoriesAsync(CancellationToken ct) => await db.Categories.AsNoTracking()
        .Where(c => c.RetiredAt == null).OrderBy(c => c.Code).Select(c => new CategoryDto(c.Code, c.Name, c.Level, c.ParentCode, c.DefaultUnitCode, c.DefaultType))
        .ToListAsync(ct);

    public async Task<string> CategoryPathAsync(string code, CancellationToken ct)
    {
        var codes = new[] { code[..2] + "0000", code[..4] + "00", code };
        var names = await db.Categories.AsNoTracking().Where(c => codes.Contains(c.Code)).OrderBy(c => c.Code).Select(c => c.Name).ToListAsync(ct);
        return string.Join(" / ", names);
    }
}
