namespace Zhili.BuildingBlocks.Freshness;

/// <summary>
/// ARCHITECTURE rule 18: a save that changes a data set's entities moves the set's stamp by an atomic <c>version + 1</c>
/// in the same transaction (not audited itself: the save it counts is), and on PostgreSQL
/// sends a NOTIFY, delivered at commit. This node learns of its own moves once the transaction commits, never before.
/// </summary>
internal sealed class FreshnessInterceptor<TContext>(IReadOnlyList<DataSet> sets, FreshVersions versions)
    : SaveChangesInterceptor, IDbTransactionInterceptor, IModuleInterceptor<TContext>
    where TContext : DbContext
{
    private readonly ConditionalWeakTable<DbContext, IDbContextTransaction> owning = [];
    private readonly ConditionalWeakTable<DbContext, List<(string Set, long? Version)>> unpublished = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        SavingAsync(eventData.Context!, sync: true, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await SavingAsync(eventData.Context!, sync: false, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        using var owned = Owned(eventData.Context!);
        owned?.Commit();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await using var owned = Owned(eventData.Context!);
        await (owned?.CommitAsync(cancellationToken) ?? Task.CompletedTask);
        return result;
    }

    // Disposing an owned transaction that was not committed rolls it back.
    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Owned(eventData.Context!)?.Dispose();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        foreach (var (set, version) in Unpublished(eventData.Context))
        {
            versions.Heard(set, version);
        }
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Unpublished(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
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

        var moves = unpublished.GetOrCreateValue(context); // announced on this node when the transaction commits
        foreach (var set in touched)
        {
            var version = set.Versioned ? await FreshStampMoves.MoveAsync(context, set.Name, sync, ct) : (long?)null;
            if (context.Database.IsNpgsql())
            {
                await FreshStampMoves.NotifyAsync(context, version is { } v ? $"{set.Name} {v}" : set.Name, sync, ct);
            }

            moves.Add((set.Name, version));
        }
    }

    private IDbContextTransaction? Owned(DbContext context) => owning.TryGetValue(context, out var owned) && owning.Remove(context) ? owned : null;

    /// <summary>Takes the moves of the context's transaction that has just ended.</summary>
    private List<(string Set, long? Version)> Unpublished(DbContext? context) =>
        context is not null && unpublished.TryGetValue(context, out var moves) && unpublished.Remove(context) ? moves : [];
}
