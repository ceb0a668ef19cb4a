namespace Zhili.Hotline.Features.Categories;

/// <summary>
/// The office edits the category tree (H-FLOW, H-SLA), for the API and the pages alike. Every save goes through the
/// audit interceptor. The code fixes the level and the parent (GB/T 39666-2020 shape), so neither is entered.
/// </summary>
public sealed class CategoryService(HotlineDbContext db, IAdminUnits units, TimeProvider clock)
{
    public async Task<IReadOnlyList<Category>> TreeAsync(CancellationToken ct) =>
        await db.Categories.AsNoTracking().Include(c => c.Sla).OrderBy(c => c.Code).ToListAsync(ct);

    public Task<Category?> FindAsync(string code, CancellationToken ct) =>
        db.Categories.Include(c => c.Sla).SingleOrDefaultAsync(c => c.Code == code, ct);

    public async Task<Category> AddAsync(string code, CategoryDraft draft, CancellationToken ct)
    {
        code = code.Trim();
        if (Category.ShapeError(code) is { } shape)
        {
            throw new RuleViolationException("code", shape, "H-FLOW");
        }

        if (await db.Categories.AnyAsync(c => c.Code == code, ct))
        {
            throw new RuleViolationException("code", $"分类代码 {code} 已存在", "H-FLOW");
        }

        var parentCode = Category.ParentOf(code);
        if (parentCode is not null)
        {
            var parent = await db.Categories.AsNoTracking().SingleOrDefaultAsync(c => c.Code == parentCode, ct)
                ?? throw new RuleViolationException("code", $"上级分类 {parentCode} 不存在，请先新增上级分类", "H-FLOW");
            if (parent.IsRetired)
            {
                throw new RuleViolationException("code", $"上级分类 {parentCode} 已停用，不能在其下新增分类", "H-FLOW");
            }
        }

        var category = new Category { Code = code, Name = draft.Name, Level = Category.LevelOf(code), ParentCode = parentCode };
        Apply(category, draft);
        db.Categories.Add(category);
        await SaveAsync(ct);
        return category;
    }

    /// <summary>Renames the category and sets its default unit, type and SLA overrides; the code never changes.</summary>
    public async Task<Category> EditAsync(Category category, CategoryDraft draft, CancellationToken ct)
    {
        Apply(category, draft);
        await SaveAsync(ct);
        return category;
    }

    /// <summary>Retires the category: its appeals keep it, new appeals cannot be filed under it.</summary>
    public async Task<Category> RetireAsync(Category category, CancellationToken ct)
    {
        var activeChildren = await db.Categories.AnyAsync(c => c.ParentCode == category.Code && c.RetiredAt == null, ct);
        category.Retire(clock.GetUtcNow().UtcDateTime, activeChildren);
        await SaveAsync(ct);
        return category;
    }

    // The save moves the categories' stamp, so this node's LeafCategories reloads at its next use (ARCHITECTURE rule 18).
    private Task<int> SaveAsync(CancellationToken ct) => db.SaveChangesAsync(ct);

    private void Apply(Category category, CategoryDraft draft)
    {
        var unit = string.IsNullOrWhiteSpace(draft.DefaultUnitCode) ? null : draft.DefaultUnitCode.Trim();
        if (unit is not null && units.Find(unit) is null)
        {
            throw new RuleViolationException("defaultUnitCode", $"单位代码 {unit} 不在单位目录中", "K-UNITS");
        }

        category.Edit(draft with { DefaultUnitCode = unit });
    }
}
