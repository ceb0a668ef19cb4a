using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Background;
using Zhili.Kernel.Data;
using Zhili.Kernel.Units;

namespace Zhili.Kernel;

/// <summary>
/// Reloads the directory and calendar snapshots every minute, so that a unit or a year's arrangement added on one
/// app node reaches the others (nothing in a node's memory is the only copy of anything). A failed reload keeps the
/// previous snapshot.
/// </summary>
public sealed class KernelRefresher(IServiceScopeFactory scopes) : IBackgroundLoop
{
    public string Name => "kernel.refresh";

    public TimeSpan Interval { get; } = TimeSpan.FromMinutes(1);

    public async Task RunAsync(CancellationToken stopping)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DirectoryStore>().ReloadAsync(stopping);
        await scope.ServiceProvider.GetRequiredService<CalendarStore>().ReloadAsync(stopping);
    }
}
