namespace Zhili.BuildingBlocks.Persistence;

public enum DatabaseProvider
{
    /// <summary>The embedded default: one file under data/.</summary>
    Sqlite,

    /// <summary>The server database: one schema per module.</summary>
    Postgres,
}
