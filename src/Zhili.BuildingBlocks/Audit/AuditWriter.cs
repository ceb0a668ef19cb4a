namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// Gives audit records their ids and MACs and inserts them (<see cref="AuditInsert"/>), in the writer's transaction.
/// The MAC covers the id, so ids are known before the insert: on SQLite the ids after the table's last, read under the
/// write lock the writing transaction already holds (so ids follow commit order, which the sealer relies on); on
/// PostgreSQL from the table's sequence, a block at a time per node. No chain state is read or locked by writers.
/// </summary>
public sealed class AuditWriter(AuditKeys keys)
{
    // PostgreSQL: ids drawn per round trip beyond what a save needs; those unused at shutdown are lost (gaps are harmless).
    private const int Block = 100;

    private readonly Queue<long> drawn = new();
    private readonly Lock drawing = new();
    private string? sequence;

    public void Write(DbContext context, IReadOnlyList<AuditRecord> records)
    {
        if (records.Count == 0)
        {
            return;
        }

        var ids = TryTake(context, records.Count);
        if (ids is null)
        {
            using var command = IdCommand(context, records.Count);
            using var reader = command.ExecuteReader();
            var read = new List<long>();
            while (reader.Read())
            {
                read.Add(Row(reader));
            }

            ids = Keep(context, read, records.Count);
        }

        Sign(records, ids);
        AuditInsert.Write(context, records);
    }

    public async Task WriteAsync(DbContext context, IReadOnlyList<AuditRecord> records, CancellationToken ct)
    {
        if (records.Count == 0)
        {
            return;
        }

        var ids = TryTake(context, records.Count);
        if (ids is null)
        {
            await using var command = IdCommand(context, records.Count);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var read = new List<long>();
            while (await reader.ReadAsync(ct))
            {
                read.Add(Row(reader));
            }

            ids = Keep(context, read, records.Count);
        }

        Sign(records, ids);
        await AuditInsert.WriteAsync(context, records, ct);
    }

    private void Sign(IReadOnlyList<AuditRecord> records, long[] ids)
    {
        var (id, key) = (keys.CurrentId, keys.Current);
        for (var i = 0; i < records.Count; i++)
        {
            records[i].Id = ids[i];
            records[i].KeyId = id;
            records[i].Mac = AuditMac.Compute(key, records[i]);
        }
    }

    /// <summary>PostgreSQL: ids this node drew before, when it has enough.</summary>
    private long[]? TryTake(DbContext context, int count)
    {
        if (context.Database.IsSqlite())
        {
            return null;
        }

        lock (drawing)
        {
            return drawn.Count >= count ? [.. Enumerable.Range(0, count).Select(_ => drawn.Dequeue())] : null;
        }
    }

    private DbCommand IdCommand(DbContext context, int count)
    {
        var table = new AuditTable(context);
        if (context.Database.IsSqlite())
        {
            // The id after the table's AUTOINCREMENT counter and its largest id: a deleted last record's id is not reused.
            return table.Command($"SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = '{table.PlainName}'), 0), "
                + $"coalesce((SELECT max({table.Column(nameof(AuditRecord.Id))}) FROM {table.Name}), 0)) + 1, NULL");
        }

        // The sequence's name is looked up in the same statement the first time, then kept.
        var name = sequence is null ? $"pg_get_serial_sequence('{table.PlainName}', '{table.PlainColumn(nameof(AuditRecord.Id))}')" : $"'{sequence}'";
        return table.Command($"SELECT nextval({name}::regclass), {name}::text FROM generate_series(1, {count + Block})");
    }

    private long Row(DbDataReader reader)
    {
        if (sequence is null && !reader.IsDBNull(1))
        {
            sequence = reader.GetString(1);
        }

        return reader.GetInt64(0);
    }

    /// <summary>The ids for this save: on SQLite the one read and those after it; on PostgreSQL the first drawn, the rest kept.</summary>
    private long[] Keep(DbContext context, List<long> read, int count)
    {
        if (context.Database.IsSqlite())
        {
            return [.. Enumerable.Range(0, count).Select(i => read[0] + i)];
        }

        lock (drawing)
        {
            foreach (var id in read.Skip(count))
            {
                drawn.Enqueue(id);
            }
        }

        return [.. read.Take(count)];
    }
}
