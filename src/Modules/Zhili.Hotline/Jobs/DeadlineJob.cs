namespace Zhili.Hotline.Jobs;

/// <summary>
/// H-SLA, every 10 minutes: warns the lead unit of each appeal in handling with 1 working day or less left (K-WD-2), and
/// marks each appeal past its deadline without a reply as overdue, telling the unit and the hotline office; the same for
/// the streets' stages (二级转办), telling the street and its district.
/// </summary>
public sealed class DeadlineJob(HotlineDbContext db, IWorkingDayCalendar calendar, TimeProvider clock, IInbox inbox) : IScheduledJob
{
    public string Name => "hotline.deadlines";

    public string Cron => "0 0/10 * * * ?";

    public TimeSpan CatchUp => TimeSpan.FromMinutes(10); // the state is what counts: only the latest missed firing matters

    public string? PeriodOf(DateTimeOffset firing) =>
        TimeZoneInfo.ConvertTime(firing, JobRunner.Shanghai).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await MarkAsync(run, cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // A user moved one of the appeals meanwhile (ARCHITECTURE rule 16): nothing was saved; read them again.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task MarkAsync(JobRun run, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // "1 working day left": the deadline falls no later than the end of the next working day.
        var warnBy = calendar.EndOfDayUtc(calendar.AddWorkingDays(Civil.Today(clock), 1));
        var inHandling = db.AppealsWithHistory.Where(a => a.State == AppealState.Assigned && a.DeadlineAt != null);

        var overdue = await inHandling
            .Where(a => a.DeadlineAt < now && !a.Events.Any(e => e.Kind == Appeal.OverdueEvent && e.At >= a.AssignedAt))
            .ToListAsync(cancellationToken);
        var warned = await inHandling
            .Where(a => a.DeadlineAt >= now && a.DeadlineAt <= warnBy
                && !a.Events.Any(e => e.Kind == Appeal.WarningEvent && e.At >= a.AssignedAt))
            .ToListAsync(cancellationToken);

        overdue.ForEach(a => a.MarkOverdue(now));
        warned.ForEach(a => a.WarnDeadline(now));
        var streets = new StreetDeadlines(db, inbox);
        await streets.MarkAsync(now, warnBy, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await streets.PostAsync(cancellationToken);

        foreach (var a in overdue)
        {
            await PostAsync(a.UnitCode, a, $"诉求 {a.TrackingNumber} 已超期", cancellationToken);
            await PostAsync(Appeal.OfficeUnit, a, $"诉求 {a.TrackingNumber} 已超期（承办单位 {a.UnitCode}）", cancellationToken);
        }

        foreach (var a in warned)
        {
            await PostAsync(a.UnitCode, a, $"诉求 {a.TrackingNumber} 距办理期限不足 1 个工作日", cancellationToken);
        }

        run.Outcome = $"{warned.Count} warned, {overdue.Count} overdue; streets {streets.Warned} warned, {streets.Overdue} overdue";
    }

    private Task PostAsync(string unit, Appeal a, string title, CancellationToken ct) => inbox.PostAsync(
        new InboxMessage(unit, null, "deadline", title, $"办理期限 {Civil.ToShanghai(a.DeadlineAt!.Value):yyyy-MM-dd HH:mm}",
            $"/hotline/appeals/{a.Id}", "H-SLA"), ct);
}
