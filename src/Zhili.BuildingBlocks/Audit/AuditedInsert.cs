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
/// transaction (the hotline's intake writer, issue 4): the scope guard, an insert with the table, columns and value
/// conversions the model maps, the generated key set on the record and on its dependents' foreign keys, and one audit
/// record per row with the same content the audit interceptor would write (ARCHITECTURE rule 11). It differs only in
/// cost: one prepared <c>INSERT … RETURNING</c> per table, run again for every row, where EF generates, parses and
/// tracks each row anew. The context's connection must be open with a transaction begun; nothing is committed here.
/// </summary>
public sealed class AuditedInsert(DbContext context, AuditInterceptor audit) : IAsyncDisposable
{
    private readonly Dictionary<IEntityType, Table> tables = [];
    private readonly List<AuditDraft> drafts = [];

    /// <summary>Inserts the record and the new records in its collections (their foreign keys set from its key), recursively.</summary>
    public async Task AddAsync(object record, CancellationToken ct = default)
    {
        var type = context.Model.FindEntityType(record.GetType())
            ?? throw new InvalidOperationException($"{record.GetType().Name} is not in {context.GetType().Name}'s model.");
        var table = TableOf(type);
        var key = await table.InsertAsync(record, ct);
        table.Key.SetOn(record, key);
        if (AuditDraft.Added(type, record) is { } draft)
        {
            drafts.Add(draft);
        }

        foreach (var navigation in type.GetNavigations().Where(n => n.IsCollection && !n.IsOnDependent))
        {
            if (navigation.GetGetter().GetClrValue(record) is System.Collections.IEnumerable children)
            {
                var foreignKey = Member.Of(navigation.ForeignKey.Properties.Single());
                foreach (var child in children.Cast<object>().ToList())
                {
                    foreignKey.SetOn(child, key);
                    await AddAsync(child, ct);
                }
            }
        }
    }

    /// <summary>Writes the audit records of everything added so far, on the same transaction, stamped for the current actor.</summary>
    public async Task WriteAuditAsync(CancellationToken ct = default)
    {
        var records = new AuditSave(drafts, audit.Stamp(context)).Records().ToList();
        drafts.Clear();
        // Every module's context maps the audit table, so its records go through a prepared insert of their own too.
        foreach (var record in records)
        {
            await AddAsync(record, ct);
        }
    }

    /// <summary>The scope guard's judgement on a graph of new records before any is written.</summary>
    public static void Guard(IEnumerable<object> records) => ScopeGuardInterceptor.GuardAdded(records.ToList());

    public async ValueTask DisposeAsync()
    {
        foreach (var table in tables.Values)
        {
            await table.Command.DisposeAsync();
        }
    }

    private Table TableOf(IEntityType type)
    {
        if (!tables.TryGetValue(type, out var table))
        {
            table = new Table(context, audit.Clock, type);
            tables[type] = table;
        }

        return table;
    }

    /// <summary>One table's prepared insert: every mapped column but the generated key, which it returns.</summary>
    private sealed class Table
    {
        private readonly DbContext context;
        private readonly TimeProvider clock;
        private readonly IRelationalCommandDiagnosticsLogger logger;
        private readonly IRelationalConnection connection;
        private readonly IProperty[] columns;
        private readonly RelationalTypeMapping[] mappings;
        private bool prepared;

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

            var key = type.FindPrimaryKey()?.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } single] ? single
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
            Command = context.Database.GetDbConnection().CreateCommand();
            Command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction()
                ?? throw new InvalidOperationException("A plain insert runs inside the writer's transaction.");
            Command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(store.Name, store.Schema)} ("
                + string.Join(", ", columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(store)!)))
                + ") VALUES (" + string.Join(", ", columns.Select((_, i) => "@p" + i))
                + ") RETURNING " + sql.DelimitIdentifier(key.GetColumnName(store)!);
        }

        public DbCommand Command { get; }

        public Member Key { get; }

        public async Task<object> InsertAsync(object record, CancellationToken ct)
        {
            // Each value converted by its column's mapping (conversions, enum values, provider types), as EF would bind it;
            // the parameters made for the first row are kept, so the statement stays prepared.
            for (var i = 0; i < columns.Length; i++)
            {
                // Named as in the text: Microsoft.Data.Sqlite looks a bare name up again with each prefix, each a scan of all names.
                var parameter = mappings[i].CreateParameter(Command, "@p" + i, columns[i].GetGetter().GetClrValue(record), columns[i].IsNullable);
                if (prepared)
                {
                    Command.Parameters[i].Value = parameter.Value;
                }
                else
                {
                    Command.Parameters.Add(parameter);
                }
            }

            if (!prepared)
            {
                await Command.PrepareAsync(ct);
                prepared = true;
            }

            // Through EF's command logging and interceptors, as its own insert would go.
            var (id, started, timer) = (Guid.NewGuid(), clock.GetUtcNow(), clock.GetTimestamp());
            var text = Command.CommandText;
            var intercepted = await logger.CommandReaderExecutingAsync(
                connection, Command, text, context, id, connection.ConnectionId, started, CommandSource.SaveChanges, ct);
            var reader = intercepted.HasResult ? intercepted.Result : await Command.ExecuteReaderAsync(ct);
            reader = await logger.CommandReaderExecutedAsync(
                connection, Command, text, context, id, connection.ConnectionId, reader, started, clock.GetElapsedTime(timer), CommandSource.SaveChanges, ct);
            await using (reader)
            {
                return await reader.ReadAsync(ct) ? reader.GetValue(0) : throw new InvalidOperationException("The insert returned no key.");
            }
        }
    }

    /// <summary>The member EF itself sets for a property (its backing field when it has one), so private setters are no obstacle.</summary>
    private sealed class Member(IProperty property, MemberInfo member)
    {
        public static Member Of(IProperty property) => new(property, property.GetMemberInfo(forMaterialization: true, forSet: true));

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
