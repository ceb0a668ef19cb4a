using Npgsql;

namespace Zhili.Load.Intake;

/// <summary>A fresh PostgreSQL database for one benchmark run, so every run starts from the same empty tables.</summary>
public static class PostgresDatabase
{
    /// <summary>Creates <c>zhili_bench_…</c> on the server of <paramref name="admin"/> and returns its connection string.</summary>
    public static async Task<string> CreateAsync(string admin)
    {
        var name = $"zhili_bench_{DateTime.UtcNow:yyyyMMddHHmmss}";
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    public static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database
            ?? throw new ArgumentException("the connection string names no database");
        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" }.ConnectionString;
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    /// <summary>
    /// Takes the planner's statistics for every table, as autovacuum does within a minute of a table's growth (it checks
    /// every minute and analyzes a table that changed by 10 %). A run that starts on empty tables would otherwise plan
    /// with the statistics of the first few rows.
    /// </summary>
    public static Task AnalyzeAsync(string connectionString) => ExecuteAsync(connectionString, "ANALYZE");

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
