using System.Data;

namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// ARCHITECTURE rule 11: seals the records committed since the last batch, in batches, never holding writers. A batch is
/// the records after the previous batch's position in seal order (<see cref="AuditRange"/>), as the sealer reads them;
/// it inserts one <see cref="AuditSeal"/> row whose hash chains the previous batch's hash and the records' MACs, and
/// appends a signed checkpoint outside the database (<see cref="AuditCheckpoints"/>). Records are never updated. With
/// several nodes, sealers race on the unique batch number: the loser rolls back and the next run carries on.
/// </summary>
public sealed class AuditSealer(
    IServiceScopeFactory scopes, WriterGate gate, AuditKeys keys, AuditCheckpoints checkpoints, TimeProvider clock, ILogger<AuditSealer> logger)
{
    /// <summary>Records per batch: a batch costs a read of its records' MACs and the insert of one row.</summary>
    public const int BatchSize = 1000;

    /// <summary>Seals every record committed now; returns how many this call sealed.</summary>
    public async Task<int> SealAsync(CancellationToken ct)
    {
        // The sealer acts for the system, whatever request or job it runs in.
        using var scope = DataScope.Enter(DataScope.Unrestricted);
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<AuditDbContext>();
        var total = 0;
        try
        {
            if (!await new AuditLegacy(db, keys, checkpoints, gate, logger).AdoptAsync(ct))
            {
                return 0;
            }

            int sealedNow;
            do
            {
                sealedNow = await SealBatchAsync(db, ct);
                total += sealedNow;
            }
            while (sealedNow == BatchSize);
        }
        catch (Exception e) when (IsRace(e))
        {
            logger.LogInformation("Another sealer sealed the same batch first; sealing goes on at the next run");
        }

        return total;
    }

    private async Task<int> SealBatchAsync(AuditDbContext db, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        // PostgreSQL: one snapshot for the last batch, the records after it and the bound of ended transactions.
        await using var transaction = sqlite ? null : await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var last = await db.Seals.AsNoTracking().OrderByDescending(s => s.Batch).FirstOrDefaultAsync(ct);
        var batch = await AuditRange.Links(db, AuditRange.Records(db, AuditPosition.Of(last), committedOnly: true).Take(BatchSize)).ToListAsync(ct);
        if (batch.Count == 0)
        {
            return 0;
        }

        var seal = new AuditSeal
        {
            Batch = (last?.Batch ?? 0) + 1, FirstId = batch[0].Id, LastXid = batch[^1].Xid, LastId = batch[^1].Id,
            Count = batch.Count, KeyId = keys.CurrentId, SealedAt = clock.GetUtcNow().UtcDateTime, Hash = "",
        };
        seal.Hash = AuditSealHash.Compute(keys.Current, last?.Hash ?? AuditSealHash.Genesis, seal, batch.Select(r => r.Mac));
        db.Seals.Add(seal);
        try
        {
            // SQLite: in turn with the intake writer, which otherwise would sleep in steps until the lock is free.
            using (await gate.EnterAsync(ct))
            {
                await db.SaveChangesAsync(ct);
                if (transaction is not null)
                {
                    await transaction.CommitAsync(ct);
                }
            }
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        await checkpoints.AppendAsync(AuditCheckpoint.Sign(seal.Batch, seal.Hash, seal.SealedAt, seal.KeyId, keys.Current), ct);
        return batch.Count;
    }

    private static bool IsRace(Exception e) => e switch
    {
        PostgresException p => p.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DeadlockDetected
            or PostgresErrorCodes.SerializationFailure,
        // 19: constraint (the unique batch number); 5 and 6: the file is busy with another writer.
        SqliteException s => s.SqliteErrorCode is 19 or 5 or 6,
        DbUpdateException { InnerException: { } inner } => IsRace(inner),
        _ => false,
    };
}
