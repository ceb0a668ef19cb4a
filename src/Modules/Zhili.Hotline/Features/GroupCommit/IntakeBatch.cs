using System.Diagnostics;

namespace Zhili.Hotline.Features.GroupCommit;

/// <summary>
/// Writes one batch of the <see cref="IntakeWriter"/>: every appeal in one transaction, one commit. When anything in the
/// batch fails the whole transaction rolls back and each appeal is written again on its own, so that one bad appeal
/// fails only its own request and every request learns its own outcome.
/// </summary>
internal sealed class IntakeBatch(IServiceScopeFactory scopes, WriterGate gate, DuplicateFeed duplicates, IntakeMetrics metrics, ILogger logger)
{
    public async Task WriteAsync(IReadOnlyList<IntakeItem> batch)
    {
        var started = Stopwatch.GetTimestamp();
        if (batch.Count == 1)
        {
            await WriteAloneAsync(batch[0]);
            metrics.Batch(1, Stopwatch.GetElapsedTime(started));
            return;
        }

        IReadOnlyList<IntakeItem> saved;
        try
        {
            saved = await WriteTogetherAsync(batch);
            metrics.Batch(batch.Count, Stopwatch.GetElapsedTime(started));
            metrics.Committed(saved.Count);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "An intake batch of {Count} appeals was rolled back; writing them one by one", batch.Count);
            foreach (var item in batch)
            {
                await WriteAloneAsync(item);
            }

            return;
        }

        foreach (var item in saved)
        {
            item.Outcome.TrySetResult();
        }
    }

    private async Task<IReadOnlyList<IntakeItem>> WriteTogetherAsync(IReadOnlyList<IntakeItem> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = await OpenAsync(scope);
        using var turn = await gate.EnterAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var saved = await SaveAsync(db, batch);
        await transaction.CommitAsync();
        // Before any request is answered: the next appeal this node receives is matched against these (H-FLOW).
        duplicates.Received(saved.Select(i => i.Appeal));
        return saved;
    }

    /// <summary>One appeal in a transaction of its own.</summary>
    private async Task WriteAloneAsync(IntakeItem item)
    {
        try
        {
            if ((await WriteTogetherAsync([item])).Count == 1)
            {
                metrics.Committed(1);
                item.Outcome.TrySetResult();
            }
        }
        catch (Exception e)
        {
            metrics.Failed();
            item.Outcome.TrySetException(e);
        }
    }

    private static async Task<HotlineDbContext> OpenAsync(AsyncServiceScope scope)
    {
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        await db.Database.OpenConnectionAsync();
        if (db.Database.IsSqlite())
        {
            // The acknowledgement promises durability: WAL with a flush at every commit, whatever the SQLite build's default.
            // While another writer (the audit sealer) holds the file, SQLite itself waits in short steps; without a busy
            // timeout the provider retries only every 150 ms, which would stall every waiting request. The log is copied
            // into the database by the checkpointer, so that no batch waits for that.
            // Not audited: connection settings, no record changes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000; " + SqliteCheckpointer.NoAutoCheckpoint);
        }

        return db;
    }

    /// <summary>
    /// Saves the appeals with their events through SaveChanges, so the scope guard, the versions and the audit interceptor
    /// (the one audit writer path, rule 11) see them as in a request: each data scope's appeals in that scope, each
    /// request's actor named on its records. Intake comes from the city office and from citizens, whose scope is the same
    /// unrestricted one, so a batch is usually one save. The tracker is cleared after each save so a writer's memory stays flat.
    /// </summary>
    private static async Task<IReadOnlyList<IntakeItem>> SaveAsync(HotlineDbContext db, IReadOnlyList<IntakeItem> items)
    {
        var saved = await InUseAsync(db, items);
        foreach (var group in saved.GroupBy(i => i.Scope))
        {
            var actors = new Dictionary<object, ActorSnapshot>(ReferenceEqualityComparer.Instance);
            foreach (var item in group)
            {
                actors[item.Appeal] = item.Actor;
                foreach (var e in item.Appeal.Events)
                {
                    actors[e] = item.Actor;
                }
            }

            using (DataScope.Enter(group.Key))
            using (ActorSnapshot.Attribute(actors))
            using (DuplicateSaves.ReceivedByIntake())
            {
                db.Appeals.AddRange(group.Select(i => i.Appeal));
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        return saved;
    }

    /// <summary>
    /// H-FLOW, the final word on the category: requests screened each code against <see cref="LeafCategories"/>, which may
    /// lag an edit on another node; here the codes are read in the saving transaction, and an appeal whose category is
    /// no longer a leaf in use is refused (its request answers with the reason) while the others are saved.
    /// </summary>
    private static async Task<List<IntakeItem>> InUseAsync(HotlineDbContext db, IReadOnlyList<IntakeItem> items)
    {
        var codes = items.Select(i => i.Appeal.CategoryCode).Distinct().ToList();
        var inUse = await db.Categories.Where(c => codes.Contains(c.Code) && c.Level == 3 && c.RetiredAt == null).Select(c => c.Code).ToListAsync();
        var saved = new List<IntakeItem>(items.Count);
        foreach (var item in items)
        {
            if (inUse.Contains(item.Appeal.CategoryCode))
            {
                saved.Add(item);
            }
            else
            {
                item.Outcome.TrySetException(LeafCategories.NotInUse(item.Appeal.CategoryCode));
            }
        }

        return saved;
    }
}
