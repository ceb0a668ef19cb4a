using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Validation;
using Zhili.Hotline.Data;
using Zhili.Hotline.Domain;

namespace Zhili.Hotline.Features.Categories;

/// <summary>A leaf of the category tree in use, as intake sees it: its default unit and its SLA days per appeal type.</summary>
public sealed record LeafCategory(string Code, string? DefaultUnitCode, IReadOnlyDictionary<AppealType, int> SlaDays);

/// <summary>
/// The leaves of the category tree in use, held in memory so that intake does not read the tree for every appeal.
/// Edits on this node clear it at once; an edit on another node reaches it within
/// <see cref="Refresh"/>. It only screens: a code it does not know is read again before it is refused, and the intake
/// writer checks every batch's codes in the batch's own transaction, which is the final word (H-FLOW).
/// </summary>
public sealed class LeafCategories(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan Refresh = TimeSpan.FromSeconds(30);

    // Unknown codes force a read, at most this often, so a stream of wrong codes cannot turn into a stream of reads.
    private static readonly TimeSpan ForcedReadGap = TimeSpan.FromSeconds(1);

    private volatile Snapshot? current;

    /// <summary>The leaf in use with this code, or null when there is none (absent, not a leaf, or retired).</summary>
    public async ValueTask<LeafCategory?> FindAsync(string code, CancellationToken ct)
    {
        var snapshot = await SnapshotAsync(Refresh, ct);
        return snapshot.Leaves.GetValueOrDefault(code) ?? (await SnapshotAsync(ForcedReadGap, ct)).Leaves.GetValueOrDefault(code);
    }

    /// <summary>Called after every edit of the tree on this node.</summary>
    public void Clear() => current = null;

    /// <summary>H-FLOW: the refusal of a code that names no leaf in use, the same wherever intake refuses it.</summary>
    public static RuleViolationException NotInUse(string code) =>
        new("categoryCode", $"分类 {code} 不存在、不是末级分类或已停用", "H-FLOW");

    private async ValueTask<Snapshot> SnapshotAsync(TimeSpan maxAge, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (current is { } s && now - s.ReadAt < maxAge)
        {
            return s;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var leaves = await db.Categories.AsNoTracking().Include(c => c.Sla).Where(c => c.Level == 3 && c.RetiredAt == null).ToListAsync(ct);
        var read = new Snapshot(now, leaves.ToDictionary(
            c => c.Code, c => new LeafCategory(c.Code, c.DefaultUnitCode, c.Sla.ToDictionary(x => x.Type, x => x.WorkingDays)), StringComparer.Ordinal));
        current = read;
        return read;
    }

    private sealed record Snapshot(DateTimeOffset ReadAt, Dictionary<string, LeafCategory> Leaves);
}
