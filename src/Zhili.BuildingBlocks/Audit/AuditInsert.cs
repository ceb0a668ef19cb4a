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
        using var commands = new Commands(context);
        foreach (var command in commands.For(records))
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

    public static async Task WriteAsync(DbContext context, IReadOnlyList<AuditRecord> records, CancellationToken ct)
    {
        using var commands = new Commands(context);
        foreach (var command in commands.For(records))
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

    private static DbUpdateException Refused(DbException e) => new("The audit record could not be written; the change is undone with it.", e);

    /// <summary>
    /// One command per number of rows, kept for the whole write: SQLite prepares a command's text at its first run and
    /// runs it again with new values, so a save's records cost one preparation, not one each.
    /// </summary>
    private sealed class Commands(DbContext context) : IDisposable
    {
        private readonly AuditTable table = new(context);
        private readonly Dictionary<int, DbCommand> byRows = [];

        public IEnumerable<DbCommand> For(IReadOnlyList<AuditRecord> records)
        {
            var properties = Columns.Select(table.Property).ToArray();
            foreach (var chunk in records.Chunk(context.Database.IsSqlite() ? 1 : RowsPerPostgresCommand))
            {
                var command = Of(chunk.Length);
                command.Parameters.Clear();
                for (var row = 0; row < chunk.Length; row++)
                {
                    for (var column = 0; column < properties.Length; column++)
                    {
                        var property = properties[column];
                        var value = property.GetGetter().GetClrValue(chunk[row]);
                        command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, Name(row, column), value, property.IsNullable));
                    }
                }

                yield return command;
            }
        }

        public void Dispose()
        {
            foreach (var command in byRows.Values)
            {
                command.Dispose();
            }
        }

        // Named with its prefix, as in the text: Microsoft.Data.Sqlite looks a bare name up again with each prefix.
        private static string Name(int row, int column) => $"@a{row}_{column}";

        private DbCommand Of(int rows)
        {
            if (!byRows.TryGetValue(rows, out var command))
            {
                // Not audited: these are the audit records, written by the one writer path.
                var text = new StringBuilder($"INSERT INTO {table.Name} (").AppendJoin(", ", Columns.Select(table.Column)).Append(") VALUES ");
                for (var row = 0; row < rows; row++)
                {
                    text.Append(row == 0 ? "(" : ", (").AppendJoin(", ", Columns.Select((_, column) => Name(row, column))).Append(')');
                }

                command = table.Command(text.ToString());
                byRows[rows] = command;
            }

            return command;
        }
    }
}
