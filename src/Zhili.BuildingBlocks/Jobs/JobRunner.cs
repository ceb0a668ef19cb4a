namespace Zhili.BuildingBlocks.Jobs;

/// <summary>
/// Runs what is due of a job: every firing of its cron within its catch-up window up to now whose period is not done
/// yet, oldest first, each after its claim (ARCHITECTURE rule 10). Each period runs in a scope of its own, city-wide
/// (a job acts for the system, not for a unit), and a failure is recorded on the claim so a later firing retries it.
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, TimeProvider clock, ILogger<JobRunner> logger)
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    // Quartz may fire a moment before our clock reads the scheduled time.
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(5);

    /// <summary>Runs the due periods of the named job; returns the periods this node ran.</summary>
    public async Task<IReadOnlyList<JobRun>> RunDueAsync(string name, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var job = Find(scope.ServiceProvider, name);
        var now = clock.GetUtcNow();
        var due = Firings(job, now - job.CatchUp, now + Tolerance)
            .Select(f => (Firing: f, Period: job.PeriodOf(f)))
            .Where(p => p.Period is not null)
            .DistinctBy(p => p.Period)
            .ToList();
        if (due.Count == 0)
        {
            return [];
        }

        var done = await scope.ServiceProvider.GetRequiredService<JobClaims>().DoneAsync(name, [.. due.Select(d => d.Period!)], ct);
        var ran = new List<JobRun>();
        foreach (var (firing, period) in due.Where(d => !done.Contains(d.Period!)))
        {
            if (await RunPeriodAsync(name, period!, firing, ct) is { } run)
            {
                ran.Add(run);
            }
        }

        return ran;
    }

    /// <summary>Claims and runs one period; null when another node has it.</summary>
    public async Task<JobRun?> RunPeriodAsync(string name, string period, DateTimeOffset firing, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var _ = DataScope.Enter(DataScope.Unrestricted);
        var claims = scope.ServiceProvider.GetRequiredService<JobClaims>();
        if (await claims.TryClaimAsync(name, period, firing, ct) is not { } run)
        {
            return null;
        }

        try
        {
            await Find(scope.ServiceProvider, name).RunAsync(run, ct);
            await claims.FinishAsync(run, true, run.Outcome, ct);
            logger.LogInformation("Job {Job} ran period {Period}: {Outcome}", name, period, run.Outcome);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Job {Job} failed in period {Period}; a later firing retries it", name, period);
            await using var fresh = scopes.CreateAsyncScope(); // the failed scope's context may hold the failed changes
            await fresh.ServiceProvider.GetRequiredService<JobClaims>().FinishAsync(run, false, $"{e.GetType().Name}: {e.Message}", ct);
        }

        return run;
    }

    /// <summary>The cron's firings in (from, to], in Asia/Shanghai.</summary>
    public static IEnumerable<DateTimeOffset> Firings(IScheduledJob job, DateTimeOffset from, DateTimeOffset to)
    {
        var cron = new CronExpression(job.Cron, Shanghai);
        for (var next = cron.GetNextValidTimeAfter(from); next is { } f && f <= to; next = cron.GetNextValidTimeAfter(f))
        {
            yield return f;
        }
    }

    public static IScheduledJob Find(IServiceProvider services, string name) =>
        services.GetServices<IScheduledJob>().SingleOrDefault(j => j.Name == name)
        ?? throw new InvalidOperationException($"No scheduled job is named {name}.");
}
