using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// Runs the sealer every <c>Zhili:Audit:SealIntervalSeconds</c> seconds (default 5; 0 or less turns it off, e.g. for
/// a test that seals on demand). Every app node runs it; <see cref="AuditSealer"/> makes that safe.
/// </summary>
public sealed class AuditSealingService(AuditSealer sealer, TimeProvider clock, IConfiguration configuration, ILogger<AuditSealingService> logger)
    : BackgroundService
{
    public const string IntervalKey = "Zhili:Audit:SealIntervalSeconds";
    public const int DefaultIntervalSeconds = 5;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue(IntervalKey, DefaultIntervalSeconds);
        if (seconds <= 0)
        {
            return;
        }

        // The first run waits one interval, so that it never races the start-up migrations.
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await sealer.SealAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Sealing the audit log failed; trying again in {Seconds} s", seconds);
            }
        }
    }
}
