using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Zhili.BuildingBlocks.Persistence;

/// <summary>
/// On PostgreSQL, a read tagged <c>TagWith(PreparedReads.Tag)</c> is prepared on its connection, so the server parses
/// it once per connection instead of at every call; the driver keeps the prepared statement with the pooled connection
/// and prepares the same text only once. After five calls the server may keep one generic plan, made without the values
/// and with the table's statistics of that moment, until the statistics change. Tag only reads that run very often and
/// whose best plan does not depend on the values (the office intake's duplicate suggestions).
/// </summary>
public sealed class PreparedReads : DbCommandInterceptor
{
    public const string Tag = "prepared";

    public static readonly PreparedReads Instance = new();

    private const string Marker = "-- " + Tag + "\n";

    private PreparedReads()
    {
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Tagged(command))
        {
            await command.PrepareAsync(cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result)
    {
        if (Tagged(command))
        {
            command.Prepare();
        }

        return result;
    }

    private static bool Tagged(DbCommand command) => command.CommandText.StartsWith(Marker, StringComparison.Ordinal);
}
