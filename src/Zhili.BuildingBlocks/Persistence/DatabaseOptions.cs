namespace Zhili.BuildingBlocks.Persistence;

/// <summary>Configuration section <c>Zhili:Database</c> (environment: <c>Zhili__Database__Provider</c>, ...).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Zhili:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, defaults to a file under <c>data/</c> in the content root.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the data lives, without credentials: the app's log and every command name it at start.</summary>
    public string Where() => Provider == DatabaseProvider.Sqlite
        ? Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource)
        : new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) is var b ? $"{b.Host}:{b.Port}/{b.Database}" : "";

    public const string SqliteMigrationsAssembly = "Zhili.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Zhili.Migrations.Postgres";
}
