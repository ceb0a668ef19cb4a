namespace Zhili.BuildingBlocks.Persistence;

/// <summary>
/// Copies SQLite's write-ahead log back into the database file, so that no writer's commit waits for it. Left to SQLite,
/// the connection whose commit takes the log past 1,000 pages copies them and flushes the database file before its
/// commit returns: every few hundred milliseconds one intake batch would wait several milliseconds longer.
/// Writers that must not wait turn that off on their connection (<see cref="NoAutoCheckpoint"/>). Four times a second
/// this service copies what it can while writers go on, then, in a <see cref="WriterGate"/> turn of its own, the few
/// pages written meanwhile: with the log copied whole, the next write starts it again from the beginning instead of
/// letting it grow.
/// </summary>
public sealed class SqliteCheckpointer(DatabaseOptions options, WriterGate gate) : IBackgroundLoop
{
    /// <summary>The pragma a writer runs on its connection so that its commits leave the copying to this service.</summary>
    public const string NoAutoCheckpoint = "PRAGMA wal_autocheckpoint=0;";

    public string Name => "database.checkpoint";

    public TimeSpan Interval { get; } = TimeSpan.FromMilliseconds(250);

    public bool Enabled => options.Provider == DatabaseProvider.Sqlite;

    public async Task RunAsync(CancellationToken stopping)
    {
        await using var connection = new SqliteConnection(options.ConnectionString);
        await connection.OpenAsync(stopping);
        if (await CheckpointAsync(connection, stopping) > 0)
        {
            using var turn = await gate.EnterAsync(stopping);
            await CheckpointAsync(connection, stopping);
        }
    }

    /// <summary>A passive checkpoint (it never waits for a writer or reader); returns the pages in the log it found.</summary>
    private static async Task<long> CheckpointAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await using var reader = await command.ExecuteReaderAsync(ct);
        // Columns: busy, pages in the log, pages copied.
        return await reader.ReadAsync(ct) ? reader.GetInt64(1) : 0;
    }
}
