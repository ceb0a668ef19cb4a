using Microsoft.Data.Sqlite;
using Npgsql;

namespace Zhili.Testing;

/// <summary>
/// A fresh, empty database for one test class: a SQLite file in a temp folder, or a new PostgreSQL database with a
/// temp folder of its own. The folder also holds the files an app keeps beside its database (the audit key file and
/// checkpoint file), so that apps and commands on one database share them and no two databases do.
/// </summary>
public sealed class DatabaseInstance : IAsyncDisposable
{
    private readonly string? postgresName;

    private DatabaseInstance(TestDatabase kind, string connectionString, string folder, string? postgresName)
    {
        Kind = kind;
        ConnectionString = connectionString;
        Folder = folder;
        this.postgresName = postgresName;
    }

    public TestDatabase Kind { get; }

    public string ConnectionString { get; }

    public string Folder { get; }

    /// <summary>The host's settings for this database: provider, connection string, and the audit trail's files in <see cref="Folder"/>.</summary>
    public IReadOnlyDictionary<string, string> HostSettings => new Dictionary<string, string>
    {
        ["Zhili:Database:Provider"] = Provider,
        ["Zhili:Database:ConnectionString"] = ConnectionString,
        ["Zhili:Audit:KeyFile"] = Path.Combine(Folder, "audit-keys.json"),
        ["Zhili:Audit:CheckpointFile"] = Path.Combine(Folder, "audit-checkpoints.log"),
    };

    /// <summary><see cref="HostSettings"/> as command-line arguments, with the test environment.</summary>
    public string[] HostArgs => ["--environment", "Testing", .. HostSettings.SelectMany(s => new[] { $"--{s.Key}", s.Value })];

    /// <summary>The value of Zhili:Database:Provider for this database.</summary>
    public string Provider => Kind == TestDatabase.Sqlite ? "Sqlite" : "Postgres";

    public static async Task<DatabaseInstance> CreateAsync(TestDatabase kind)
    {
        var folder = Directory.CreateTempSubdirectory("zhili-test-").FullName;
        if (kind == TestDatabase.Sqlite)
        {
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
        return new DatabaseInstance(kind, builder.ConnectionString, folder, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (Kind == TestDatabase.Sqlite)
        {
            SqliteConnection.ClearAllPools();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
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
