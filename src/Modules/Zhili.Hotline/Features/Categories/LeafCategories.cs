namespace Zhili.Hotline.Features.Categories;

/// <summary>A leaf of the category tree in use, as intake sees it: its default unit and its SLA days per appeal type.</summary>
public sealed record LeafCategory(string Code, string? DefaultUnitCode, IReadOnlyDictionary<AppealType, int> SlaDays);

/// <summary>
/// The leaves of the category tree in use, held in memory so that intake does not read the tree for every appeal.
/// Reloaded when the tree's version moves (<see cref="HotlineDbContext.CategoryTree"/>): at once after an edit on this
/// node, within <see cref="FreshnessListener"/>'s bound after one on another. It only screens: the intake writer checks
/// every batch's codes in the batch's own transaction, which is the final word (H-FLOW).
/// </summary>
public sealed class LeafCategories
{
    private readonly FreshSnapshot<Dictionary<string, LeafCategory>> leaves;
    private readonly IServiceScopeFactory scopes;

    public LeafCategories(IServiceScopeFactory scopes, FreshVersions versions)
    {
        this.scopes = scopes;
        leaves = new(versions, HotlineDbContext.CategoryTree, LoadAsync);
    }

    /// <summary>The leaf in use with this code, or null when there is none (absent, not a leaf, or retired).</summary>
    public async ValueTask<LeafCategory?> FindAsync(string code, CancellationToken ct) =>
        (await leaves.GetAsync(ct)).GetValueOrDefault(code);

    /// <summary>H-FLOW: the refusal of a code that names no leaf in use, the same wherever intake refuses it.</summary>
    public static RuleViolationException NotInUse(string code) =>
        new("categoryCode", $"分类 {code} 不存在、不是末级分类或已停用", "H-FLOW");

    private async Task<Dictionary<string, LeafCategory>> LoadAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var read = await db.Categories.AsNoTracking().Include(c => c.Sla).Where(c => c.Level == 3 && c.RetiredAt == null).ToListAsync(ct);
        return read.ToDictionary(
            c => c.Code, c => new LeafCategory(c.Code, c.DefaultUnitCode, c.Sla.ToDictionary(x => x.Type, x => x.WorkingDays)), StringComparer.Ordinal);
    }
}
