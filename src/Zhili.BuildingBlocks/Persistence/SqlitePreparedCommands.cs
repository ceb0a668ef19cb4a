using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Zhili.BuildingBlocks.Persistence;

/// <summary>
/// Keeps SQLite statements prepared while a connection stays open. EF makes a new command for every statement and
/// Microsoft.Data.Sqlite compiles each new command's SQL again; with one statement per command (MaxBatchSize(1)) an
/// intake batch compiled the same few inserts hundreds of times. Here EF's command, once it has its text and parameters,
/// is swapped for the connection's kept command of the same text, whose statement is compiled once. The connection
/// disposes its commands when it closes, so nothing outlives the open connection.
/// </summary>
internal sealed class SqlitePreparedCommands : DbCommandInterceptor
{
    public static readonly SqlitePreparedCommands Instance = new();

    // Enough for every statement of a module's busiest unit of work; a connection that sees more SQL keeps the first ones.
    private const int Limit = 64;

    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, KeptCommand>> Kept = new();

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (result is not SqliteCommand { Connection: { State: ConnectionState.Open } connection } fresh)
        {
            return result;
        }

        var kept = Kept.GetOrCreateValue(connection);
        if (!kept.TryGetValue(fresh.CommandText, out var command))
        {
            if (kept.Count >= Limit)
            {
                return result;
            }

            command = new KeptCommand(kept, fresh.CommandText) { Connection = connection };
            kept.Add(fresh.CommandText, command);
        }
        else if (command.Lent)
        {
            // The same SQL while its reader is still open: this execution gets its own command.
            return result;
        }

        command.Lend(fresh);
        fresh.Dispose();
        return command;
    }

    private sealed class KeptCommand : SqliteCommand
    {
        private readonly Dictionary<string, KeptCommand> owner;

        public KeptCommand(Dictionary<string, KeptCommand> owner, string text)
        {
            this.owner = owner;
            CommandText = text;
        }

        public bool Lent { get; private set; }

        public void Lend(SqliteCommand fresh)
        {
            var parameters = new SqliteParameter[fresh.Parameters.Count];
            fresh.Parameters.CopyTo(parameters, 0);
            fresh.Parameters.Clear();
            Parameters.AddRange(parameters);
            Transaction = fresh.Transaction;
            CommandTimeout = fresh.CommandTimeout;
            Lent = true;
        }

        // EF disposes the command after each execution: it comes back here, still prepared. When the connection closes
        // it disposes every command of its own, and then the statement is released.
        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                if (Lent)
                {
                    Lent = false;
                    Parameters.Clear();
                    Transaction = null;
                    return;
                }

                owner.Remove(CommandText);
            }

            base.Dispose(disposing);
        }
    }
}
