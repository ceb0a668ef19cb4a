using Zhili.BuildingBlocks.Freshness;

namespace Zhili.Kernel;

/// <summary>
/// K-UNITS, K-YEAR: the directory and calendar snapshots are read synchronously everywhere, so they are reloaded ahead
/// of their readers when another node changes them; the stores reload them themselves after their own saves.
/// </summary>
internal sealed class KernelFollower(string dataSet, Func<IServiceProvider, CancellationToken, Task> reload) : IFreshFollower
{
    public string DataSet => dataSet;

    public Task ReloadAsync(IServiceProvider services, CancellationToken ct) => reload(services, ct);
}
