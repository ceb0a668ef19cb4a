namespace Zhili.Roads.Features.Patrols;

/// <summary>One stretch of duty — a day, an ISO week or a half-month — within which one patrol is due.</summary>
public sealed record DutyUnit(DateOnly First, DateOnly Last, string Label);

/// <summary>
/// R-PATROL (L3354–3358): 总路长 patrol every half month, 一级路长 every week, 二级路长 every day. The gazette says
/// 每日, not 每个工作日, so the duty runs by the calendar: rest days are due, and a patrol on a rest day counts.
/// 副总路长 has no patrol duty in the gazette.
/// </summary>
public static class PatrolDuty
{
    public static readonly ChiefLevel[] Levels = [ChiefLevel.General, ChiefLevel.First, ChiefLevel.Second];

    /// <summary>
    /// The units of the level that end within [from, to]: a week or half-month belongs to the period of its last day, so
    /// that no unit is counted in two months (the ISO week of Mon 26 May – Sun 1 June 2025 is June's).
    /// </summary>
    public static IEnumerable<DutyUnit> Units(ChiefLevel level, DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (level == ChiefLevel.Second)
            {
                yield return new DutyUnit(day, day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else if (level == ChiefLevel.First && day.DayOfWeek == DayOfWeek.Sunday)
            {
                var dt = day.ToDateTime(TimeOnly.MinValue);
                var label = $"{ISOWeek.GetYear(dt)}-W{ISOWeek.GetWeekOfYear(dt):00}（{day.AddDays(-6):MM-dd}—{day:MM-dd}）";
                yield return new DutyUnit(day.AddDays(-6), day, label);
            }
            else if (level == ChiefLevel.General && (day.Day == 15 || day.AddDays(1).Day == 1))
            {
                var first = day.Day == 15 ? new DateOnly(day.Year, day.Month, 1) : new DateOnly(day.Year, day.Month, 16);
                yield return new DutyUnit(first, day, $"{day:yyyy-MM} {(day.Day == 15 ? "上半月" : "下半月")}");
            }
        }
    }

    /// <summary>
    /// The units a holder owes: every unit of which they held the post for at least one day (a holder who served part of a
    /// week still owes that week's patrol; the duty is not pro-rated). <paramref name="lastDay"/> null: still in office.
    /// </summary>
    public static IEnumerable<DutyUnit> Owed(IEnumerable<DutyUnit> units, DateOnly firstDay, DateOnly? lastDay) =>
        units.Where(u => firstDay <= u.Last && (lastDay is null || lastDay >= u.First));

    /// <summary>A unit is met by a patrol of the holder's own on any day of it.</summary>
    public static bool Met(DutyUnit unit, IReadOnlyCollection<DateOnly> patrolDays) => patrolDays.Any(d => d >= unit.First && d <= unit.Last);
}
