using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Zhili.Load.Intake;

/// <summary>
/// The raw limit beside the intake numbers: how many transactions of one row each the database commits per second from
/// one connection, every commit flushed to disk (SQLite WAL with synchronous=FULL; PostgreSQL as the server is set).
/// </summary>
public static class CommitProbe
{
    public static async Task<ProbeResult> SqliteAsync(string file, TimeSpan duration)
    {
        foreach (var f in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(f);
        }

        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        var defaultSynchronous = await ScalarAsync(connection, "PRAGMA synchronous;");
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;");
        var walDefault = await ScalarAsync(connection, "PRAGMA synchronous;");
        await ExecuteAsync(connection, "PRAGMA synchronous=FULL;");
        await ExecuteAsync(connection, "CREATE TABLE probe (id INTEGER PRIMARY KEY, body TEXT NOT NULL);");
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO probe (body) VALUES ($body);";
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        var result = await RunAsync(duration, async i =>
        {
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
            insert.Transaction = tx;
            body.Value = Body(i);
            await insert.ExecuteNonQueryAsync();
            await tx.CommitAsync();
        });
        return result with { Settings = $"journal_mode=WAL, synchronous=FULL (a new connection starts at synchronous={defaultSynchronous}, {walDefault} after WAL)" };
    }

    public static async Task<ProbeResult> PostgresAsync(string connectionString, TimeSpan duration)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var settings = $"fsync={await ScalarAsync(connection, "SHOW fsync")}, synchronous_commit={await ScalarAsync(connection, "SHOW synchronous_commit")}";
        await ExecuteAsync(connection, "DROP TABLE IF EXISTS bench_commit_probe; CREATE TABLE bench_commit_probe (id bigserial PRIMARY KEY, body text NOT NULL);");
        await using var insert = new NpgsqlCommand("INSERT INTO bench_commit_probe (body) VALUES ($1)", connection);
        var body = new NpgsqlParameter<string> { TypedValue = "" };
        insert.Parameters.Add(body);
        await insert.PrepareAsync();
        // Autocommit: every statement is its own transaction.
        var result = await RunAsync(duration, async i =>
        {
            body.TypedValue = Body(i);
            await insert.ExecuteNonQueryAsync();
        });
        await ExecuteAsync(connection, "DROP TABLE bench_commit_probe;");
        return result with { Settings = settings };
    }

    private static string Body(long i) => $"诉求 {i}: 早晚高峰有流动摊贩占用人行道经营，行人只能走机动车道。";

    private static async Task<ProbeResult> RunAsync(TimeSpan duration, Func<long, Task> commit)
    {
        var clock = Stopwatch.StartNew();
        long n = 0;
        while (clock.Elapsed < duration)
        {
            await commit(n++);
        }

        return new ProbeResult(n, clock.Elapsed, "");
    }

    private static async Task<string> ScalarAsync(System.Data.Common.DbConnection c, string sql)
    {
        await using var command = c.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private static async Task ExecuteAsync(System.Data.Common.DbConnection c, string sql)
    {
        await using var command = c.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

public sealed record ProbeResult(long Commits, TimeSpan Elapsed, string Settings)
{
    public double PerSecond => Commits / Elapsed.TotalSeconds;
}
