using System.Collections.Concurrent;
using System.Globalization;
using Zhili.BuildingBlocks.Jobs;

namespace Zhili.Web.Tests;

/// <summary>What the test jobs did, shared by every node of one test (one instance registered in each host).</summary>
public sealed class JobLog
{
    public ConcurrentQueue<string> Ran { get; } = new();

    private int failuresLeft;

    /// <summary>The next n runs of the daily job throw.</summary>
    public void FailNext(int n) => failuresLeft = n;

    public bool ShouldFail() => Interlocked.Decrement(ref failuresLeft) >= 0;
}

/// <summary>A daily job at 08:00 Beijing time whose period is the civil date, caught up three days back.</summary>
public sealed class DailyTestJob(JobLog log) : IScheduledJob
{
    public const string JobName = "test.daily";

    public string Name => JobName;

    public string Cron => "0 0 8 * * ?";

    public TimeSpan CatchUp => TimeSpan.FromDays(3);

    public string? PeriodOf(DateTimeOffset firing) =>
        TimeZoneInfo.ConvertTime(firing, JobRunner.Shanghai).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        await Task.Delay(50, cancellationToken); // long enough for two nodes to overlap
        if (log.ShouldFail())
        {
            throw new InvalidOperationException("the test job fails on purpose");
        }

        log.Ran.Enqueue(run.Period);
        run.Outcome = $"ran {run.Period}";
    }
}
