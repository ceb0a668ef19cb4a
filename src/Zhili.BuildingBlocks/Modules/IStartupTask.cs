namespace Zhili.BuildingBlocks.Modules;

/// <summary>
/// Work a module needs done at every start, after the database is migrated and before requests are served
/// (seed reference data, load snapshots). Must be idempotent: every node runs it.
/// </summary>
public interface IStartupTask
{
    int Order { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
