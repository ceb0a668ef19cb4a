using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Shouldly;
using Xunit;
using Zhili.BuildingBlocks.Background;
using Zhili.BuildingBlocks.Persistence;

namespace Zhili.BuildingBlocks.Tests;

/// <summary>Issue 4: writers that leave checkpoints to the checkpointer still find a log that restarts rather than grows.</summary>
public sealed class SqliteCheckpointerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("zhili-checkpoint-").FullName;

    private string Database => Path.Combine(folder, "zhili.db");

    [Fact]
    public async Task The_checkpointer_copies_the_log_into_the_database_so_the_next_writes_reuse_it()
    {
        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Database};Pooling=False" };
        await using var writer = new SqliteConnection(options.ConnectionString);
        await writer.OpenAsync(TestContext.Current.CancellationToken);
        await ExecuteAsync(writer, "PRAGMA journal_mode=WAL; " + SqliteCheckpointer.NoAutoCheckpoint + " CREATE TABLE t (x BLOB);");
        await WriteRoundAsync(writer);
        var logAfterFirstRound = new FileInfo(Database + "-wal").Length;
        // About 2 MB written, and without automatic checkpoints none of it is in the database file yet.
        new FileInfo(Database).Length.ShouldBeLessThan(100_000);

        var gate = new WriterGate(options);
        // Run as the node runs it: a loop of the background supervisor.
        using var loops = new BackgroundLoops([new SqliteCheckpointer(options, gate)], NullLogger<BackgroundLoops>.Instance);
        await loops.StartedAsync(TestContext.Current.CancellationToken);
        // In WAL mode the database file grows only when the log is copied into it.
        for (var waited = 0; new FileInfo(Database).Length < 2_000_000 && waited < 100; waited++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        await loops.StoppedAsync(TestContext.Current.CancellationToken);
        new FileInfo(Database).Length.ShouldBeGreaterThan(2_000_000, "the checkpointer copied the log into the database file");

        await WriteRoundAsync(writer);
        // A log copied whole starts again from its beginning: a second round of the same size (give or take the pages of the
        // tree's inner nodes) takes about the same room, where a log appended to would be twice the size.
        new FileInfo(Database + "-wal").Length.ShouldBeLessThan(logAfterFirstRound * 5 / 4);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static async Task WriteRoundAsync(SqliteConnection writer)
    {
        for (var batch = 0; batch < 10; batch++)
        {
            await ExecuteAsync(writer, "BEGIN; " + string.Concat(Enumerable.Repeat("INSERT INTO t VALUES (randomblob(4000)); ", 50)) + "COMMIT;");
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
