using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Zhili.BuildingBlocks.Persistence;

namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// What SaveChanges does for a graph of new records, for a writer that adds thousands of them of a few shapes in one
/// transaction (the hotline's intake writer): the scope guard, an insert with the table, columns and value
/// conversions the model maps, the generated key set on the record and on its dependents' foreign keys, and one audit
/// record per row with the same content the audit interceptor would write (ARCHITECTURE rule 11). It differs only in
/// cost. On SQLite, in-process, each row goes through one prepared <c>INSERT … RETURNING</c> per table, run again for
/// every row. On PostgreSQL, where every statement is a round trip and work for a server sharing the machine, the rows
/// wait until <see cref="CompleteAsync"/>, take their keys from the table's sequence in one query per table, and go in
/// as one many-row <c>INSERT</c> per table and level (records before their dependents). The audit records go in through
/// the one writer path (<see cref="AuditWriter"/>), as the interceptor's do. The context's connection must be open with
/// a transaction begun; nothing is committed here.
/// </summary>
public sealed class AuditedInsert(DbContext context, AuditInterceptor audit) : IAsyncDisposable
{
    // PostgreSQL takes rows up to its limit of 65,535 parameters a statement; fewer keep a statement's text short.
    private const int RowsPerStatement = 500;

    private readonly Dictionary<IEntityType, Table> tables = [];
    private readonly List<AuditDraft> drafts = [];
    private readonly List<object> pending = [];
    private readonly bool together = !context.Database.IsSqlite();

    /// <summary>
    /// Inserts the record and the new records in its collections (their foreign keys set from its key), recursively; on
    /// PostgreSQL they wait for <see cref="CompleteAsync"/>.
    /// </summary>
    public async Task AddAsync(object record, CancellationToken ct = default)
    {
        if (together)
        {
            pending.Add(record);
            return;
        }

        var type = TypeOf(record);
        var table = TableOf(type);
        table.Key.SetOn(record, await table.InsertAsync(record, ct));
        foreach (var child in Dependents(type, record))
        {
            await AddAsync(child, ct);
        }
    }

    /// <summary>Writes what is still waiting, then the audit records of everything added, stamped for the current actor.</summary>
    public async Task CompleteAsync(CancellationToken ct = default)
    {
        if (together)
        {
            await InsertTogetherAsync([.. pending], ct);
            pending.Clear();
        }

        var records = new AuditSave(drafts, audit.Stamp(context)).Records().ToList();
        drafts.Clear();
        await audit.Writer.WriteAsync(context, records, ct);
    }

    /// <summary>The scope guard's judgement on a graph of new records before any is written.</summary>
    public static void Guard(IEnumerable<object> records) => ScopeGuardInterceptor.GuardAdded(records.ToList());

    public async ValueTask DisposeAsync()
    {
        foreach (var table in tables.Values)
        {
            await table.DisposeAsync();
        }
    }

    private IEntityType TypeOf(object record) => context.Model.FindEntityType(record.GetType())
        ?? throw new InvalidOperationException($"{record.GetType().Name} is not in {context.GetType().Name}'s model.");

    private Table TableOf(IEntityType type)
    {
        if (!tables.TryGetValue(type, out var table))
        {
            table = new Table(context, audit.Clock, type);
            tables[type] = table;
        }

        return table;
    }

    /// <summary>The new records in the record's collections, their foreign keys set from its key; its audit draft noted.</summary>
    private List<object> Dependents(IEntityType type, object record)
    {
        if (AuditDraft.Added(type, record, audit.Privacy) is { } draft)
        {
            drafts.Add(draft);
        }

        var key = TableOf(type).Key.GetFrom(record);
        var children = new List<object>();
        foreach (var navigation in type.GetNavigations().Where(n => n.IsCollection && !n.IsOnDependent))
        {
            if (navigation.GetGetter().GetClrValue(record) is System.Collections.IEnumerable collection)
            {
                var foreignKey = Member.Of(navigation.ForeignKey.Properties.Single());
                foreach (var child in collection.Cast<object>())
                {
                    foreignKey.SetOn(child, key);
                    children.Add(child);
                }
            }
        }

        return children;
    }

    /// <summary>PostgreSQL: level by level, each table's rows with keys drawn from its sequence, in many-row inserts.</summary>
    private async Task InsertTogetherAsync(List<object> records, CancellationToken ct)
    {
        while (records.Count > 0)
        {
            var next = new List<object>();
            foreach (var group in records.GroupBy(r => r.GetType()))
            {
                var type = TypeOf(group.First());
                var table = TableOf(type);
                var rows = group.ToList();
                var keys = await table.NextKeysAsync(rows.Count, ct);
                for (var i = 0; i < rows.Count; i++)
                {
                    table.Key.SetOn(rows[i], keys[i]);
                    next.AddRange(Dependents(type, rows[i]));
                }

                foreach (var chunk in rows.Chunk(RowsPerStatement))
                {
                    await table.InsertManyAsync(chunk, ct);
                }
            }

            records = next;
        }
    }

    /// <summary>One table's inserts: every mapped column, with the key the database generates (SQLite) or draws (PostgreSQL).</summary>
    private sealed class Table
    {
        // Each table's key sequence, looked up once: the lookup reads the catalogue and costs as much as drawing the keys.
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Sequences = new(StringComparer.Ordinal);

        private readonly DbContext context;
        private readonly TimeProvider clock;
        private readonly IRelationalCommandDiagnosticsLogger logger;
        private readonly IRelationalConnection connection;
        private readonly IProperty key;
        private readonly IProperty[] columns;
        private readonly RelationalTypeMapping[] mappings;
        private readonly string name;
        private readonly string keyColumn;
        private readonly string keyInSql;
        private readonly string columnList;
        private DbCommand? single;

        public Table(DbContext context, TimeProvider clock, IEntityType type)
        {
            this.context = context;
            this.clock = clock;
            logger = context.GetService<IRelationalCommandDiagnosticsLogger>();
            connection = context.GetService<IRelationalConnection>();
            if (type.GetProperties().FirstOrDefault(p => p.IsShadowProperty()) is { } shadow || type.GetComplexProperties().Any()
                || type.GetNavigations().Any(n => n.TargetEntityType.IsOwned()))
            {
                throw new NotSupportedException($"{type.DisplayName()} has shadow, complex or owned properties, which a plain insert does not write.");
            }

            key = type.FindPrimaryKey()?.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } single] ? single
                : throw new NotSupportedException($"{type.DisplayName()} needs a single key the database generates.");
            if (type.GetProperties().FirstOrDefault(p => p != key && p.ValueGenerated != ValueGenerated.Never) is { } generated)
            {
                throw new NotSupportedException($"{type.DisplayName()}.{generated.Name} is generated by the database, which a plain insert does not read back.");
            }

            Key = Member.Of(key);
            columns = type.GetProperties().Where(p => p != key).ToArray();
            mappings = columns.Select(p => p.GetRelationalTypeMapping()).ToArray();
            var store = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var sql = context.GetService<ISqlGenerationHelper>();
            name = sql.DelimitIdentifier(store.Name, store.Schema);
            keyColumn = key.GetColumnName(store)!;
            keyInSql = sql.DelimitIdentifier(keyColumn);
            columnList = string.Join(", ", columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(store)!)));
        }

        public Member Key { get; }

        public async ValueTask DisposeAsync()
        {
            if (single is not null)
            {
                await single.DisposeAsync();
            }
        }

        /// <summary>SQLite: inserts one row and returns the key the database gave it.</summary>
        public async Task<object> InsertAsync(object record, CancellationToken ct)
        {
            var prepared = single is not null;
            single ??= Command($"INSERT INTO {name} ({columnList}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))}) RETURNING {keyInSql}");
            // Each value converted by its column's mapping (conversions, enum values, provider types), as EF would bind it;
            // the parameters made for the first row are kept, so the statement stays prepared.
            for (var i = 0; i < columns.Length; i++)
            {
                // Named as in the text: Microsoft.Data.Sqlite looks a bare name up again with each prefix, each a scan of all names.
                var parameter = Parameter(single, i, "@p" + i, record);
                if (prepared)
                {
                    single.Parameters[i].Value = parameter.Value;
                }
                else
                {
                    single.Parameters.Add(parameter);
                }
            }

            if (!prepared)
            {
                await single.PrepareAsync(ct);
            }

            return await ExecuteAsync(single, async reader => await reader.ReadAsync(ct) ? reader.GetValue(0)
                : throw new InvalidOperationException("The insert returned no key."), ct);
        }

        /// <summary>PostgreSQL: draws keys for so many rows from the key column's sequence, in one query.</summary>
        public async Task<long[]> NextKeysAsync(int count, CancellationToken ct)
        {
            if (!Sequences.TryGetValue(name, out var sequence))
            {
                await using var find = Command("SELECT pg_get_serial_sequence(@table, @column)", ("@table", name), ("@column", keyColumn));
                sequence = await ExecuteAsync(find, async reader => await reader.ReadAsync(ct) && !reader.IsDBNull(0) ? reader.GetString(0)
                    : throw new NotSupportedException($"{name}.{keyColumn} has no sequence to draw keys from."), ct);
                Sequences[name] = sequence;
            }

            await using var command = Command("SELECT nextval(@sequence::regclass) FROM generate_series(1, @count)", ("@sequence", sequence), ("@count", count));
            return await ExecuteAsync(command, async reader =>
            {
                var keys = new List<long>(count);
                while (await reader.ReadAsync(ct))
                {
                    keys.Add(reader.GetInt64(0));
                }

                return keys.ToArray();
            }, ct);
        }

        /// <summary>PostgreSQL: inserts the rows, their keys already set, in one statement.</summary>
        public async Task InsertManyAsync(object[] records, CancellationToken ct)
        {
            await using var command = Command("");
            var rows = new List<string>(records.Length);
            for (var row = 0; row < records.Length; row++)
            {
                var names = new List<string>(columns.Length + 1) { $"@k{row}" };
                command.Parameters.Add(key.GetRelationalTypeMapping().CreateParameter(command, names[0], Key.GetFrom(records[row]), nullable: false));
                for (var i = 0; i < columns.Length; i++)
                {
                    names.Add($"@r{row}_{i}");
                    command.Parameters.Add(Parameter(command, i, names[^1], records[row]));
                }

                rows.Add("(" + string.Join(", ", names) + ")");
            }

            command.CommandText = $"INSERT INTO {name} ({keyInSql}, {columnList}) VALUES {string.Join(", ", rows)}";
            await ExecuteAsync(command, _ => Task.FromResult(0), ct);
        }

        private DbParameter Parameter(DbCommand command, int column, string parameterName, object record) =>
            mappings[column].CreateParameter(command, parameterName, columns[column].GetGetter().GetClrValue(record), columns[column].IsNullable);

        private DbCommand Command(string text, params (string Name, object Value)[] parameters)
        {
            var command = context.Database.GetDbConnection().CreateCommand();
            command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction()
                ?? throw new InvalidOperationException("A plain insert runs inside the writer's transaction.");
            command.CommandText = text;
            foreach (var (parameterName, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = parameterName;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            return command;
        }

        /// <summary>Through EF's command logging and interceptors, as its own insert would go.</summary>
        private async Task<T> ExecuteAsync<T>(DbCommand command, Func<DbDataReader, Task<T>> read, CancellationToken ct)
        {
            var (id, started, timer) = (Guid.NewGuid(), clock.GetUtcNow(), clock.GetTimestamp());
            var text = command.CommandText;
            var intercepted = await logger.CommandReaderExecutingAsync(
                connection, command, text, context, id, connection.ConnectionId, started, CommandSource.SaveChanges, ct);
            var reader = intercepted.HasResult ? intercepted.Result : await command.ExecuteReaderAsync(ct);
            reader = await logger.CommandReaderExecutedAsync(
                connection, command, text, context, id, connection.ConnectionId, reader, started, clock.GetElapsedTime(timer), CommandSource.SaveChanges, ct);
            await using (reader)
            {
                return await read(reader);
            }
        }
    }

    /// <summary>The member EF itself sets for a property (its backing field when it has one), so private setters are no obstacle.</summary>
    private sealed class Member(IProperty property, MemberInfo member)
    {
        public static Member Of(IProperty property) => new(property, property.GetMemberInfo(forMaterialization: true, forSet: true));

        public object GetFrom(object record) => property.GetGetter().GetClrValue(record)!;

        public void SetOn(object record, object value)
        {
            var converted = Convert.ChangeType(value, Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType, System.Globalization.CultureInfo.InvariantCulture);
            switch (member)
            {
                case FieldInfo field:
                    field.SetValue(record, converted);
                    break;
                case PropertyInfo prop:
                    prop.SetValue(record, converted);
                    break;
            }
        }
    }
}
