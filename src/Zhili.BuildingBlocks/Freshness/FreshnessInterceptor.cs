using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Zhili.BuildingBlocks.Persistence;

namespace Zhili.BuildingBlocks.Freshness;

/// <summary>
/// ARCHITECTURE rule 18: a save that changes a data set's entities moves the set's stamp by an atomic <c>version + 1</c>
/// in the same transaction (its own when the caller has none), audited like any change (rule 11), and on PostgreSQL
/// sends a NOTIFY, delivered at commit. This node learns of its own moves once the transaction commits, never before.
/// </summary>
internal sealed class FreshnessInterceptor<TContext>(IReadOnlyList<DataSet> sets, FreshVersions versions)
    : ISaveChangesInterceptor, IDbTransactionInterceptor, IModuleInterceptor<TContext>
    where TContext : DbContext
{
    private readonly ConditionalWeakTable<DbContext, Saving> saving = [];
    private readonly ConditionalWeakTable<DbContext, List<(string Set, long? Version)>> unpublished = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Touched(eventData.Context!) is { } s)
        {
            s.Owned = s.Stamped.Count > 0 && eventData.Context!.Database.CurrentTransaction is null ? eventData.Context.Database.BeginTransaction() : null;
        }

        return result;
    }

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Touched(eventData.Context!) is { } s && s.Stamped.Count > 0 && eventData.Context!.Database.CurrentTransaction is null)
        {
            s.Owned = await eventData.Context.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SavedAsync(eventData.Context!, sync: true, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await SavedAsync(eventData.Context!, sync: false, cancellationToken);
        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context!);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context!);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Publish(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Publish(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private Saving? Touched(DbContext context)
    {
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).Select(e => e.Metadata.ClrType).Distinct().ToList();
        var touched = sets.Where(s => changed.Any(s.Covers)).ToList();
        if (touched.Count == 0)
        {
            return null;
        }

        var s = new Saving([.. touched.Where(t => t.Versioned)], [.. touched.Where(t => !t.Versioned)]);
        saving.AddOrUpdate(context, s);
        return s;
    }

    private async Task SavedAsync(DbContext context, bool sync, CancellationToken ct)
    {
        if (!saving.TryGetValue(context, out var s))
        {
            return;
        }

        saving.Remove(context);
        var moves = new List<(string Set, long? Version)>();
        foreach (var set in s.Stamped)
        {
            moves.Add((set.Name, await FreshStampMoves.MoveAsync(context, set.Name, sync, ct)));
        }

        moves.AddRange(s.Signalled.Select(set => (set.Name, (long?)null)));
        if (context.Database.IsNpgsql())
        {
            foreach (var (set, version) in moves)
            {
                await FreshStampMoves.NotifyAsync(context, version is { } v ? $"{set} {v}" : set, sync, ct);
            }
        }

        if (context.Database.CurrentTransaction is null)
        {
            Announce(moves); // the save's own transaction has committed
            return;
        }

        unpublished.GetOrCreateValue(context).AddRange(moves);
        if (s.Owned is { } owned)
        {
            await using (owned)
            {
                if (sync)
                {
                    owned.Commit();
                }
                else
                {
                    await owned.CommitAsync(ct);
                }
            }
        }
    }

    private void Abandon(DbContext context)
    {
        if (saving.TryGetValue(context, out var s))
        {
            saving.Remove(context);
            s.Owned?.Dispose(); // rolls the owned transaction back
        }
    }

    private void Publish(DbContext? context)
    {
        if (context is not null && unpublished.TryGetValue(context, out var moves))
        {
            unpublished.Remove(context);
            Announce(moves);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            unpublished.Remove(context);
        }
    }

    private void Announce(List<(string Set, long? Version)> moves)
    {
        foreach (var (set, version) in moves)
        {
            if (version is { } v)
            {
                versions.Moved(set, v);
            }
            else
            {
                versions.Signal(set);
            }
        }
    }

    private sealed record Saving(List<DataSet> Stamped, List<DataSet> Signalled)
    {
        public IDbContextTransaction? Owned { get; set; }
    }
}
