using Zhili.BuildingBlocks.Inbox;
using Zhili.BuildingBlocks.Jobs;

namespace Zhili.Roads.Features.Patrols;

/// <summary>
/// R-PATROL, every morning: tells each street which of its 二级路长 logged no patrol yesterday. It records nothing: the
/// missed days are computed from the patrol log and the terms (<see cref="ComplianceQueries"/>), exactly and cheaply by
/// index, so the monthly evaluation (R-FLAG-1) reads them there and a patrol logged late still counts.
/// </summary>
public sealed class PatrolCheckJob(ComplianceQueries compliance, TimeProvider clock, IInbox inbox) : IScheduledJob
{
    public string Name => "roads.patrol-check";

    public string Cron => "0 30 7 * * ?";

    public TimeSpan CatchUp => TimeSpan.FromDays(1); // yesterday's notice is worth sending; an older one is not

    public string? PeriodOf(DateTimeOffset firing) =>
        TimeZoneInfo.ConvertTime(firing, JobRunner.Shanghai).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var yesterday = Zhili.Kernel.Civil.Today(clock).AddDays(-1);
        var report = await compliance.PeriodAsync(yesterday, yesterday, null, cancellationToken);
        var missed = report.Rows.Where(r => r.Level == ChiefLevel.Second && r.Missing.Count > 0).ToList();
        foreach (var street in missed.GroupBy(r => r.UnitCode))
        {
            var names = string.Join("、", street.Select(r => $"{r.PlaceName} {r.HolderName}"));
            await inbox.PostAsync(new InboxMessage(street.Key, null, "supervision", $"{yesterday:yyyy-MM-dd} 有 {street.Count()} 个路段未巡查",
                $"二级路长应每日巡查（R-PATROL）：{names}", $"/roads/patrols/compliance?month={yesterday:yyyy-MM}", "R-PATROL"), cancellationToken);
        }

        run.Outcome = $"{yesterday:yyyy-MM-dd}: {missed.Count} segments without a patrol";
    }
}
