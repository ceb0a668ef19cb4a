using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// The one builder of audit rows (ARCHITECTURE rule 11): inserts records, their ids and MACs already set
/// (<see cref="AuditWriter"/>), on the writing context's own connection and transaction (every module's context maps
/// the audit table, <see cref="AuditModel"/>), many rows per command, with the columns, names and value conversions
/// the model maps. Plain commands rather than a second context: the insert cannot re-enter the interceptor, and it
/// costs little when a batch writer saves hundreds of records at once.
/// </summary>
internal static class AuditInsert
{
    // PostgreSQL: many rows per round trip (14 parameters a row, far below its limit of 65,535). SQLite: one row per
    // statement, since it looks parameter names up one by one in a list (see ModuleDbContextRegistration).
    private const int RowsPerPostgresCommand = 500;

    private static readonly string[] Columns =
    [
        nameof(AuditRecord.Id), nameof(AuditRecord.At), nameof(AuditRecord.Actor), nameof(AuditRecord.UnitCode),
        nameof(AuditRecord.ScopeUnit), nameof(AuditRecord.Module), nameof(AuditRecord.Entity), nameof(AuditRecord.EntityId),
        nameof(AuditRecord.Action), nameof(AuditRecord.Before), nameof(AuditRecord.After), nameof(AuditRecord.RequestId),
        nameof(AuditRecord.KeyId), nameof(AuditRecord.Mac),
    ];

    /// <summary>Writes the records; a refusal fails the save as EF's own would, with a <see cref="DbUpdateException"/>.</summary>
    public static void Write(DbContext context, IReadOnlyList<AuditRecord> records)
    {
        foreach (var command in Commands(context, records))
        {
            using (command)
            {
                try
                {
                    // Not audited: the audit records themselves.
                    command.ExecuteNonQuery();
                }
                catch (DbException e)
                {
                    throw Refused(e);
                }
            }
        }
    }

    public static async Task WriteAsync(DbContext context, IReadOnlyList<AuditRecord> records, CancellationToken ct)
    {
        foreach (var command in Commands(context, records))
        {
            await using (command)
            {
                try
                {
                    // Not audited: the audit records themselves.
                    await command.ExecuteNonQueryAsync(ct);
                }
                catch (DbException e)
                {
                    throw Refused(e);
                }
            }
        }
    }

    private static DbUpdateException Refused(DbException e) => new("The audit record could not be written; the change is undone with it.", e);

    private static IEnumerable<DbCommand> Commands(DbContext context, IReadOnlyList<AuditRecord> records)
    {
        var table = new AuditTable(context);
        var properties = Columns.Select(table.Property).ToArray();
        // Not audited: these are the audit records, written by the one writer path.
        var head = $"INSERT INTO {table.Name} (" + string.Join(", ", Columns.Select(table.Column)) + ") VALUES ";
        foreach (var chunk in records.Chunk(context.Database.IsSqlite() ? 1 : RowsPerPostgresCommand))
        {
            var command = table.Command();
            var text = new StringBuilder(head);
            for (var row = 0; row < chunk.Length; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < properties.Length; column++)
                {
                    var property = properties[column];
                    // Named with its prefix, as in the text: Microsoft.Data.Sqlite looks a bare name up again with each prefix.
                    var name = $"@a{row}_{column}";
                    text.Append(column == 0 ? "" : ", ").Append(name);
                    var value = property.GetGetter().GetClrValue(chunk[row]);
                    command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, name, value, property.IsNullable));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            yield return command;
        }
    }
}
