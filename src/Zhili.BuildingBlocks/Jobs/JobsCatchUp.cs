namespace Zhili.BuildingBlocks.Jobs;

/// <summary>
/// ARCHITECTURE rule 10: what every job missed while all nodes were down, run once the node serves (never during
/// start-up; a missed day over a large register may take minutes). While it runs, <c>/healthz</c> says the node is catching up.
/// </summary>
internal sealed class JobsCatchUp(IServiceScopeFactory scopes, JobRunner runner, IOptions<JobsOptions> options, ILogger<JobsCatchUp> logger)
    : IBackgroundLoop
{
    public string Name => "jobs.catch-up";

    // Once at start; afterwards the triggers run each period.
    public TimeSpan Interval => Timeout.InfiniteTimeSpan;

    public bool Enabled => options.Value.Enabled;

    public bool RunsAtStart => true;

    public bool CatchUp => true;

    public async Task RunAsync(CancellationToken stopping)
    {
        List<string> jobs;
        await using (var scope = scopes.CreateAsyncScope())
        {
            jobs = [.. scope.ServiceProvider.GetServices<IScheduledJob>().Select(j => j.Name)];
        }

        foreach (var name in jobs)
        {
            var ran = await runner.RunDueAsync(name, stopping);
            if (ran.Count > 0)
            {
                logger.LogInformation("Caught up {Count} missed period(s) of {Job}", ran.Count, name);
            }
        }
    }
}
