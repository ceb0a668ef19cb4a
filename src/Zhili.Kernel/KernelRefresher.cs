using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zhili.Kernel.Data;
using Zhili.Kernel.Units;

namespace Zhili.Kernel;

/// <summary>
/// Reloads the directory and calendar snapshots every minute, so that a unit or a year's arrangement added on one
/// app node reaches the others (nothing in a node's memory is the only copy of anything).
/// </summary>
public sealed class KernelRefresher(IServiceScopeFactory scopes, ILogger<KernelRefresher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DirectoryStore>().ReloadAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<CalendarStore>().ReloadAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Reloading the directory and calendar failed; keeping the previous snapshot");
            }
        }
    }
}
