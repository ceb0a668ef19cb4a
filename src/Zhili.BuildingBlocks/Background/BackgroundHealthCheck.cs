using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Zhili.BuildingBlocks.Background;

/// <summary>
/// ARCHITECTURE rule 18 in <c>/healthz</c>: each loop's figures; degraded while a catch-up runs (the node serves all the
/// same), while a loop's last run failed or it lags more than <see cref="LagLimit"/>; unhealthy once a loop has failed
/// for longer than <see cref="FailingLimit"/>.
/// </summary>
public sealed class BackgroundHealthCheck(BackgroundLoops loops) : IHealthCheck
{
    public static readonly TimeSpan LagLimit = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan FailingLimit = TimeSpan.FromMinutes(10);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var figures = loops.Figures();
        var data = figures.ToDictionary(f => f.Name, f => (object)new
        {
            running = f.Running, catchingUp = f.CatchingUp, runs = f.Runs, failures = f.Failures, lastRun = f.LastRun,
            lastSuccess = f.LastSuccess, failingSince = f.FailingSince, lagSeconds = Math.Round(f.Lag.TotalSeconds, 1), lastError = f.LastError,
        });
        var failingLong = figures.Where(f => f.FailingSince is { } since && f.LastRun - since >= FailingLimit).Select(f => f.Name).ToList();
        if (failingLong.Count > 0)
        {
            return Result(HealthStatus.Unhealthy, $"后台循环持续失败超过 {Minutes(FailingLimit)} 分钟：{Names(failingLong)} (failing for over {Minutes(FailingLimit)} min)", data);
        }

        var notes = new List<string>();
        AddNote(notes, figures.Where(f => f.CatchingUp), "正在补跑（本节点照常服务）", "catching up, serving meanwhile");
        AddNote(notes, figures.Where(f => f.FailingSince is not null), "最近一次运行失败", "last run failed");
        AddNote(notes, figures.Where(f => f.Lag > LagLimit), "运行滞后", "lagging");
        return notes.Count > 0
            ? Result(HealthStatus.Degraded, string.Join("；", notes), data)
            : Result(HealthStatus.Healthy, $"{figures.Count} 个后台循环运行正常 ({figures.Count} loops running)", data);
    }

    private static void AddNote(List<string> notes, IEnumerable<LoopFigures> which, string chinese, string english)
    {
        var names = which.Select(f => f.Name).ToList();
        if (names.Count > 0)
        {
            notes.Add($"{chinese}：{Names(names)} ({english})");
        }
    }

    private static string Names(IEnumerable<string> names) => string.Join("、", names);

    private static string Minutes(TimeSpan t) => t.TotalMinutes.ToString(CultureInfo.InvariantCulture);

    private static Task<HealthCheckResult> Result(HealthStatus status, string description, Dictionary<string, object> data) =>
        Task.FromResult(new HealthCheckResult(status, description, data: data));
}
