namespace Zhili.BuildingBlocks.Persistence;

/// <summary>Configuration section <c>Zhili:Database</c> (environment: <c>Zhili__Database__Provider</c>, ...).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Zhili:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, defaults to a file under <c>data/</c> in the content root.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the data lives, without credentials: the app's log and every command name it at start.</summary>
    public string Where()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            return Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource);
        }

        var server = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
        return $"{server.Host}:{server.Port}/{server.Database}";
    }

    public const string SqliteMigrationsAssembly = "Zhili.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Zhili.Migrations.Postgres";
}
