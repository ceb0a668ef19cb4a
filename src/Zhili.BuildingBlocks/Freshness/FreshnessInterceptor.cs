using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Zhili.BuildingBlocks.Persistence;

namespace Zhili.BuildingBlocks.Freshness;

/// <summary>
/// ARCHITECTURE rule 18: a save that changes a data set's entities moves the set's stamp by an atomic <c>version + 1</c>
/// in the same transaction (not audited itself: the save it counts is), and on PostgreSQL
/// sends a NOTIFY, delivered at commit. This node learns of its own moves once the transaction commits, never before.
/// </summary>
internal sealed class FreshnessInterceptor<TContext>(IReadOnlyList<DataSet> sets, FreshVersions versions)
    : ISaveChangesInterceptor, IDbTransactionInterceptor, IModuleInterceptor<TContext>
    where TContext : DbContext
{
    private readonly ConditionalWeakTable<DbContext, IDbContextTransaction> owning = [];
    private readonly ConditionalWeakTable<DbContext, List<(string Set, long? Version)>> unpublished = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        SavingAsync(eventData.Context!, sync: true, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await SavingAsync(eventData.Context!, sync: false, cancellationToken);
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Owned(eventData.Context!) is { } owned)
        {
            using (owned)
            {
                owned.Commit();
            }
        }

        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Owned(eventData.Context!) is { } owned)
        {
            await using (owned)
            {
                await owned.CommitAsync(cancellationToken);
            }
        }

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

    /// <summary>
    /// Before the save's writes, in its transaction (the audit trail's, the caller's, or one of its own when neither is
    /// open): the stamps' row locks are held to the commit, as every save of the set holds them.
    /// </summary>
    private async Task SavingAsync(DbContext context, bool sync, CancellationToken ct)
    {
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).Select(e => e.Metadata.ClrType).Distinct().ToList();
        var touched = sets.Where(s => changed.Any(s.Covers)).ToList();
        if (touched.Count == 0)
        {
            return;
        }

        if (context.Database.CurrentTransaction is null)
        {
            owning.AddOrUpdate(context, sync ? context.Database.BeginTransaction() : await context.Database.BeginTransactionAsync(ct));
        }

        var moves = new List<(string Set, long? Version)>();
        foreach (var set in touched)
        {
            moves.Add((set.Name, set.Versioned ? await FreshStampMoves.MoveAsync(context, set.Name, sync, ct) : null));
        }

        if (context.Database.IsNpgsql())
        {
            foreach (var (set, version) in moves)
            {
                await FreshStampMoves.NotifyAsync(context, version is { } v ? $"{set} {v}" : set, sync, ct);
            }
        }

        unpublished.GetOrCreateValue(context).AddRange(moves); // announced on this node when the transaction commits
    }

    private IDbContextTransaction? Owned(DbContext context)
    {
        if (owning.TryGetValue(context, out var owned))
        {
            owning.Remove(context);
        }

        return owned;
    }

    private void Abandon(DbContext context) => Owned(context)?.Dispose(); // rolls an owned transaction back

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
}
