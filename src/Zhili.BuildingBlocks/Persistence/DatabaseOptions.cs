namespace Zhili.BuildingBlocks.Persistence;

/// <summary>Configuration section <c>Zhili:Database</c> (environment: <c>Zhili__Database__Provider</c>, ...).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Zhili:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, defaults to a file under <c>data/</c> in the content root.</summary>
    public string? ConnectionString { get; set; }

    public const string SqliteMigrationsAssembly = "Zhili.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Zhili.Migrations.Postgres";
}
