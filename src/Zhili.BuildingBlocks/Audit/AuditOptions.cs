namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// Configuration section <c>Zhili:Audit</c>. The keys never live in the database (ARCHITECTURE rule 11): they come
/// from <see cref="Keys"/> (e.g. <c>Zhili__Audit__Keys__k2027a</c> in the environment) or from <see cref="KeyFile"/>.
/// </summary>
public sealed class AuditOptions
{
    public const string Section = "Zhili:Audit";

    public int SealIntervalSeconds { get; set; } = 5;

    /// <summary>The id of the key new records and batches are made with; may be left out when there is one key.</summary>
    public string? CurrentKey { get; set; }

    /// <summary>Key id → key (base64, at least 32 bytes). Old keys stay listed, to verify what they made.</summary>
    public Dictionary<string, string> Keys { get; set; } = [];

    /// <summary>A JSON file <c>{"current": id, "keys": {id: base64}}</c>; default <c>audit-keys.json</c> in the data folder.</summary>
    public string? KeyFile { get; set; }

    /// <summary>Where the sealer appends its signed checkpoints; default <c>audit-checkpoints.log</c> in the data folder.</summary>
    public string? CheckpointFile { get; set; }

    /// <summary>The data folder: the SQLite file's folder, or <c>data/</c> under the content root on PostgreSQL.</summary>
    public static string DataFolder(DatabaseOptions database, IHostEnvironment environment)
    {
        if (database.Provider == DatabaseProvider.Sqlite && database.ConnectionString is { } cs)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(cs).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { Length: > 0 } folder)
            {
                return folder;
            }
        }

        return Path.Combine(environment.ContentRootPath, "data");
    }

    public string KeyFilePath(string dataFolder) => Full(KeyFile, dataFolder, "audit-keys.json");

    public string CheckpointFilePath(string dataFolder) => Full(CheckpointFile, dataFolder, "audit-checkpoints.log");

    private static string Full(string? configured, string dataFolder, string name) =>
        string.IsNullOrWhiteSpace(configured) ? Path.Combine(dataFolder, name) : Path.GetFullPath(configured);
}
