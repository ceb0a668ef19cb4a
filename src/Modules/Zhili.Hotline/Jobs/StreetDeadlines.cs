namespace Zhili.Hotline.Jobs;

/// <summary>
/// H-SLA at the street level (二级转办), part of the deadline job's run: a street holding a stage is warned 1 working day
/// before its deadline, and a stage past it is marked overdue, telling the street and its district.
/// </summary>
internal sealed class StreetDeadlines(HotlineDbContext db, IInbox inbox)
{
    private readonly List<(Appeal Appeal, StreetAssignment Stage)> warned = [];
    private readonly List<(Appeal Appeal, StreetAssignment Stage)> overdue = [];

    public int Warned => warned.Count;

    public int Overdue => overdue.Count;

    /// <summary>Marks the stages due by <paramref name="warnBy"/>; the caller saves.</summary>
    public async Task MarkAsync(DateTime now, DateTime warnBy, CancellationToken ct)
    {
        var appeals = await db.AppealsWithHistory
            .Where(a => a.State == AppealState.Assigned
                && a.StreetAssignments.Any(s => s.State == StreetStageState.Handling && s.DeadlineAt <= warnBy))
            .ToListAsync(ct);
        foreach (var a in appeals)
        {
            if (a.OpenStreetStage is not { State: StreetStageState.Handling } stage)
            {
                continue;
            }

            if (stage.DeadlineAt < now && !a.HasStreetMark(stage, StreetEvents.Overdue))
            {
                a.MarkStreetOverdue(stage, now);
                overdue.Add((a, stage));
            }
            else if (stage.DeadlineAt >= now && !a.HasStreetMark(stage, StreetEvents.Warning))
            {
                a.WarnStreetDeadline(stage, now);
                warned.Add((a, stage));
            }
        }
    }

    /// <summary>After the save: the street is told of both; its district of an overdue stage, as the office is of the district's.</summary>
    public async Task PostAsync(CancellationToken ct)
    {
        foreach (var (a, stage) in overdue)
        {
            await PostAsync(stage.UnitCode, a, stage, $"诉求 {a.TrackingNumber} 街道办理已超期", ct);
            await PostAsync(stage.DistrictCode, a, stage, $"诉求 {a.TrackingNumber} 街道办理已超期（承办街道 {stage.UnitCode}）", ct);
        }

        foreach (var (a, stage) in warned)
        {
            await PostAsync(stage.UnitCode, a, stage, $"诉求 {a.TrackingNumber} 距街道办理期限不足 1 个工作日", ct);
        }
    }

    private Task PostAsync(string unit, Appeal a, StreetAssignment stage, string title, CancellationToken ct) => inbox.PostAsync(
        new InboxMessage(unit, null, "deadline", title, $"街道办理期限 {Civil.ToShanghai(stage.DeadlineAt):yyyy-MM-dd HH:mm}",
            $"/hotline/appeals/{a.Id}", "H-SLA"), ct);
}
