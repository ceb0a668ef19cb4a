using Microsoft.Data.Sqlite;
using Npgsql;

namespace Zhili.Testing;

/// <summary>A fresh, empty database for one test class: a SQLite file in a temp folder, or a new PostgreSQL database.</summary>
public sealed class DatabaseInstance : IAsyncDisposable
{
    private readonly string? sqliteFolder;
    private readonly string? postgresName;

    private DatabaseInstance(TestDatabase kind, string connectionString, string? sqliteFolder, string? postgresName)
    {
        Kind = kind;
        ConnectionString = connectionString;
        this.sqliteFolder = sqliteFolder;
        this.postgresName = postgresName;
    }

    public TestDatabase Kind { get; }

    public string ConnectionString { get; }

    /// <summary>The value of Zhili:Database:Provider for this database.</summary>
    public string Provider => Kind == TestDatabase.Sqlite ? "Sqlite" : "Postgres";

    public static async Task<DatabaseInstance> CreateAsync(TestDatabase kind)
    {
        if (kind == TestDatabase.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("zhili-test-").FullName;
            return new DatabaseInstance(kind, $"Data Source={Path.Combine(folder, "zhili.db")}", folder, null);
        }

        var admin = Databases.PostgresConnectionString
            ?? throw new InvalidOperationException($"{Databases.PostgresVariable} is not set");
        var name = $"zhili_t_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new DatabaseInstance(kind, builder.ConnectionString, null, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }

        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await DropAsync(postgresName);
        }
    }

    /// <summary>
    /// Drops a test database. FORCE cannot end a backend of another role (an autovacuum worker, say), so a refusal is
    /// retried; a database still left behind lives only in the throwaway test cluster and never fails a test.
    /// </summary>
    private static async Task DropAsync(string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(Databases.PostgresConnectionString);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                if (attempt == 5)
                {
                    return;
                }

                await Task.Delay(200 * attempt);
            }
        }
    }
}
