namespace Zhili.Hotline.Jobs;

/// <summary>
/// H-BUL "日清、周综、月结、季评、年考核": at 08:00 Beijing time the 日清 of the day is sent; the 周综, 月结, 季评 and 年考核 of a
/// period are sent on the first working day after it (K-WD-1). Each unit in the bulletin gets its own line, the hotline
/// office the total, by inbox with a link to the bulletin page. One job per kind, so each claims its own periods.
/// </summary>
public abstract class BulletinJob(BulletinPeriod kind, BulletinService bulletins, IWorkingDayCalendar calendar, IInbox inbox)
    : IScheduledJob
{
    public string Name => $"hotline.bulletin.{kind.ToString().ToLowerInvariant()}";

    public string Cron => "0 0 8 * * ?";

    public TimeSpan CatchUp => kind == BulletinPeriod.Day ? TimeSpan.FromDays(3) : TimeSpan.FromDays(15);

    /// <summary>The period a firing reports on: the day itself for 日清; otherwise the period just ended, when today is the first working day after it.</summary>
    public BulletinWindow? WindowOf(DateTimeOffset firing)
    {
        var day = Civil.DateOf(firing.UtcDateTime);
        if (kind == BulletinPeriod.Day)
        {
            return BulletinWindow.Of(kind, day, firing.UtcDateTime);
        }

        var previous = BulletinWindow.Of(kind, BulletinWindow.Of(kind, day, firing.UtcDateTime).First.AddDays(-1), firing.UtcDateTime);
        return calendar.AddWorkingDays(previous.Last, 1) == day ? previous : null;
    }

    public string? PeriodOf(DateTimeOffset firing) => WindowOf(firing) is { } w
        ? string.Create(CultureInfo.InvariantCulture, $"{w.First:yyyy-MM-dd}..{w.Last:yyyy-MM-dd}")
        : null;

    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var w = WindowOf(new DateTimeOffset(run.Firing, TimeSpan.Zero))!;
        var link = string.Create(CultureInfo.InvariantCulture, $"/hotline/bulletins?period={kind}&date={w.First:yyyy-MM-dd}");
        var (label, total, units) = kind == BulletinPeriod.Day
            ? await DailyAsync(w.First, cancellationToken)
            : await PeriodAsync(w.First, cancellationToken);

        var headline = kind == BulletinPeriod.Day ? Indicators.Daily : Headline;
        await inbox.PostAsync(new InboxMessage(Appeal.OfficeUnit, null, "bulletin", label, Summary(total, headline), link, "H-BUL"), cancellationToken);
        foreach (var line in units.Where(u => u.UnitCode != Appeal.OfficeUnit)) // the office has the total
        {
            await inbox.PostAsync(
                new InboxMessage(line.UnitCode, null, "bulletin", $"{label}（{line.UnitName}）", Summary(line, headline), link, "H-BUL"), cancellationToken);
        }

        run.Outcome = $"{label}: {units.Count} units told";
    }

    private async Task<(string, UnitLine, IReadOnlyList<UnitLine>)> DailyAsync(DateOnly day, CancellationToken ct)
    {
        var b = await bulletins.DailyAsync(day, new PageRequest(1, 1), ct);
        return (b.Label, b.Total, b.Units);
    }

    private async Task<(string, UnitLine, IReadOnlyList<UnitLine>)> PeriodAsync(DateOnly first, CancellationToken ct)
    {
        var b = await bulletins.PeriodAsync(kind, first, ct);
        return (b.Label, b.Total, b.Units);
    }

    /// <summary>The indicators a period's notice names; the page has them all, with their formulas.</summary>
    private static readonly Indicator[] Headline =
        [Indicators.Received, Indicators.Due, Indicators.ClosureRate, Indicators.OnTimeRate, Indicators.Overdue, Indicators.SatisfactionRate];

    private static string Summary(UnitLine line, IEnumerable<Indicator> indicators) =>
        string.Join("；", indicators.Select(i => $"{i.Name} {line[i.Key].Text}"));
}

public sealed class DailyBulletinJob(BulletinService b, IWorkingDayCalendar c, IInbox i) : BulletinJob(BulletinPeriod.Day, b, c, i);

public sealed class WeeklyBulletinJob(BulletinService b, IWorkingDayCalendar c, IInbox i) : BulletinJob(BulletinPeriod.Week, b, c, i);

public sealed class MonthlyBulletinJob(BulletinService b, IWorkingDayCalendar c, IInbox i) : BulletinJob(BulletinPeriod.Month, b, c, i);

public sealed class QuarterlyBulletinJob(BulletinService b, IWorkingDayCalendar c, IInbox i) : BulletinJob(BulletinPeriod.Quarter, b, c, i);

public sealed class AnnualBulletinJob(BulletinService b, IWorkingDayCalendar c, IInbox i) : BulletinJob(BulletinPeriod.Year, b, c, i);
