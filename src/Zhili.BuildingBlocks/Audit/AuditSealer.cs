using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Zhili.BuildingBlocks.Persistence;
using Zhili.BuildingBlocks.Security;

namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// Chains the records written since the last run, in id order: each gets the next <see cref="AuditRecord.Seq"/> and
/// its <see cref="AuditRecord.Hash"/>. Sealing after the fact keeps the chain from serialising every write. With
/// several app nodes two sealers may race: a record is only sealed while its Seq is still empty, and the unique index
/// on Seq refuses a second chain from the same point, so the loser rolls back and the next run carries on. On
/// PostgreSQL the chain's lock (<see cref="AuditChainHead"/>) makes them wait for each other instead, and for the intake
/// writer, which chains its own records as it writes them (<see cref="AuditedInsert"/>).
/// </summary>
public sealed class AuditSealer(IServiceScopeFactory scopes, WriterGate gate, ILogger<AuditSealer> logger)
{
    /// <summary>Records chained per write transaction on SQLite: few, so that its write lock (and the intake writer's turn) is held for about a millisecond.</summary>
    public const int BatchSize = 50;

    /// <summary>On PostgreSQL writers do not wait for the sealer, and each batch costs a read of the unsealed records: many per batch.</summary>
    public const int PostgresBatchSize = 1000;

    /// <summary>Seals every record there is now; returns how many this call sealed.</summary>
    public async Task<int> SealAsync(CancellationToken ct)
    {
        // The sealer acts for the system, whatever request or job it runs in.
        using var scope = DataScope.Enter(DataScope.Unrestricted);
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<AuditDbContext>();
        var total = 0;
        try
        {
            var size = db.Database.IsSqlite() ? BatchSize : PostgresBatchSize;
            long? after = null;
            int sealedNow;
            do
            {
                (sealedNow, after) = await SealBatchAsync(db, size, after, ct);
                total += sealedNow;
            }
            while (sealedNow == size);
        }
        catch (Exception e) when (IsRace(e))
        {
            logger.LogInformation("Another sealer chained audit records first; sealing goes on at the next run");
        }

        return total;
    }

    /// <summary>Chains the next unsealed records, those after <paramref name="after"/> when given; returns how many and the last id.</summary>
    private async Task<(int Count, long? Last)> SealBatchAsync(AuditDbContext db, int size, long? after, CancellationToken ct)
    {
        // Read before taking the write lock: on SQLite every writer waits while a sealer holds it, intake included (issue 4,
        // p99). Reading outside the transaction is safe: a record chained meanwhile by another sealer fails "seq is null"
        // below. The first batch of a run reads the unsealed records through the index on Seq, where they are few. Ordered
        // by id alone, PostgreSQL walks the key's index from the first record ever written past every sealed one. Later
        // batches go on from the last id chained; a record committed meanwhile with a lower id waits for the next run.
        var unsealed = db.Records.AsNoTracking().Where(r => r.Seq == null);
        var batch = await (after is { } from ? unsealed.Where(r => r.Id > from).OrderBy(r => r.Id) : unsealed.OrderBy(r => r.Seq).ThenBy(r => r.Id))
            .Take(size).ToListAsync(ct);
        if (batch.Count == 0)
        {
            return (0, after);
        }

        // On SQLite, in turn with the intake writer, which otherwise would sleep in steps until the lock is free.
        using var turn = await gate.EnterAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The head is read in the transaction (under the chain's lock on PostgreSQL, where writers chain their own records too).
        AuditChain.Link(await AuditChainHead.TakeAsync(db, ct), batch);
        if (db.Database.IsSqlite())
        {
            // In-process, one prepared statement run per record (an EF update per record held the lock far longer).
            await using var link = LinkCommand(db);
            await link.PrepareAsync(ct);
            foreach (var record in batch)
            {
                (link.Parameters[0].Value, link.Parameters[1].Value, link.Parameters[2].Value) = (record.Seq, record.Hash, record.Id);
                if (await link.ExecuteNonQueryAsync(ct) == 0)
                {
                    throw new AuditSealRaceException();
                }
            }
        }
        else
        {
            // PostgreSQL: the whole batch in one statement, since each statement is a round trip to the server.
            await using var link = LinkAllCommand(db, batch);
            if (await link.ExecuteNonQueryAsync(ct) != batch.Count)
            {
                throw new AuditSealRaceException();
            }
        }

        await transaction.CommitAsync(ct);
        return (batch.Count, batch[^1].Id);
    }

    /// <summary><c>update … set seq = @seq, hash = @hash where id = @id and seq is null</c>, named as the model maps them.</summary>
    private static DbCommand LinkCommand(AuditDbContext db)
    {
        var (command, table, id, seq, hash) = LinkingCommand(db);
        command.CommandText = $"UPDATE {table} SET {seq} = @seq, {hash} = @hash WHERE {id} = @id AND {seq} IS NULL";
        foreach (var (name, dbType) in new[] { ("seq", DbType.Int64), ("hash", DbType.String), ("id", DbType.Int64) })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = dbType;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>PostgreSQL: <c>update … set seq, hash from unnest(@seqs, @hashes, @ids) … where seq is null</c>.</summary>
    private static DbCommand LinkAllCommand(AuditDbContext db, List<AuditRecord> batch)
    {
        var (command, table, id, seq, hash) = LinkingCommand(db);
        command.CommandText = $"UPDATE {table} AS r SET {seq} = l.seq, {hash} = l.hash "
            + $"FROM unnest(@seqs, @hashes, @ids) AS l(seq, hash, id) WHERE r.{id} = l.id AND r.{seq} IS NULL";
        command.Parameters.Add(new NpgsqlParameter("seqs", batch.Select(r => r.Seq!.Value).ToArray()));
        command.Parameters.Add(new NpgsqlParameter("hashes", batch.Select(r => r.Hash!).ToArray()));
        command.Parameters.Add(new NpgsqlParameter("ids", batch.Select(r => r.Id).ToArray()));
        return command;
    }

    /// <summary>A command on the sealer's transaction, with the audit table's name and the columns it links, as the model maps them.</summary>
    private static (DbCommand Command, string Table, string Id, string Seq, string Hash) LinkingCommand(AuditDbContext db)
    {
        var table = new AuditTable(db);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        return (command, table.Name, table.Column(nameof(AuditRecord.Id)), table.Column(nameof(AuditRecord.Seq)), table.Column(nameof(AuditRecord.Hash)));
    }

    private static bool IsRace(Exception e) => e switch
    {
        AuditSealRaceException => true,
        PostgresException p => p.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DeadlockDetected
            or PostgresErrorCodes.SerializationFailure,
        // 19: constraint (the unique Seq); 5 and 6: the file is busy with another writer.
        SqliteException s => s.SqliteErrorCode is 19 or 5 or 6,
        DbUpdateException { InnerException: { } inner } => IsRace(inner),
        _ => false,
    };
}

/// <summary>A record this sealer meant to chain was chained by another sealer first.</summary>
public sealed class AuditSealRaceException : Exception
{
    public AuditSealRaceException()
        : base("an audit record was sealed by another sealer")
    {
    }

    public AuditSealRaceException(string message)
        : base(message)
    {
    }

    public AuditSealRaceException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
