using Zhili.Kernel;

namespace Zhili.Roads.Features.StreetProblems;

/// <summary>What the indicators are counted per: a segment, a street or a district.</summary>
public enum IndicatorLevel
{
    Segment = 1,
    Street = 2,
    District = 3,
}

/// <summary>
/// R-LOOP: the indicators of one segment, street or district for a period, over the problems filed (立案) in it:
/// 结案率 = closed ÷ registered, 按期结案率 = closed by the deadline ÷ closed, 返工率 = closed with rework ÷ closed,
/// and the average hours from filing to closing. A rate with nothing to divide by is null.
/// </summary>
public sealed record ProblemIndicator(string Key, int Registered, int Closed, int ClosedOnTime, int Reworked, double? ClosedRate,
    double? OnTimeRate, double? ReworkRate, double? AverageHoursToClose);

/// <summary>R-FLAG-1's inputs for one segment and month: problems found, cases overdue, reworks.</summary>
public sealed record SegmentMonth(string SegmentCode, int Found, int Overdue, int Reworks);

/// <summary>R-LOOP: the one query service of the loop's figures, for the indicators page, the API and the monthly flags.</summary>
public sealed class ProblemIndicators(RoadsDbContext db)
{
    /// <summary>The indicators for problems filed on the civil days <paramref name="from"/> to <paramref name="to"/>, per level, counted as at <paramref name="now"/>.</summary>
    public async Task<IReadOnlyList<ProblemIndicator>> ForPeriodAsync(DateOnly from, DateOnly to, IndicatorLevel level, CancellationToken ct)
    {
        var (start, end) = (Civil.StartOfDayUtc(from), Civil.EndOfDayUtc(to));
        var rows = await db.Problems.AsNoTracking().Where(p => p.FiledAt >= start && p.FiledAt < end)
            .Select(p => new { p.SegmentCode, p.UnitCode, p.DistrictCode, p.FiledAt, p.ClosedAt, p.DeadlineAt, p.Reworks }).ToListAsync(ct);
        return rows.GroupBy(p => level switch { IndicatorLevel.Segment => p.SegmentCode, IndicatorLevel.Street => p.UnitCode, _ => p.DistrictCode })
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var closed = g.Where(p => p.ClosedAt is not null).ToList();
                var onTime = closed.Count(p => p.ClosedAt <= p.DeadlineAt);
                var reworked = closed.Count(p => p.Reworks > 0);
                return new ProblemIndicator(g.Key, g.Count(), closed.Count, onTime, reworked, Rate(closed.Count, g.Count()), Rate(onTime, closed.Count),
                    Rate(reworked, closed.Count), closed.Count == 0 ? null : Math.Round(closed.Average(p => (p.ClosedAt!.Value - p.FiledAt!.Value).TotalHours), 1));
            }).ToList();
    }

    /// <summary>
    /// R-FLAG-1: per segment for the month (civil dates): problems found in it, problems whose deadline fell in it and
    /// that were not closed by it (as at <paramref name="now"/>), and failed re-inspections made in it. Segments with none are left out.
    /// </summary>
    public async Task<IReadOnlyList<SegmentMonth>> MonthAsync(int year, int month, DateTime now, CancellationToken ct)
    {
        var first = new DateOnly(year, month, 1);
        var (start, end) = (Civil.StartOfDayUtc(first), Civil.StartOfDayUtc(first.AddMonths(1)));
        var found = await db.Problems.Where(p => p.FoundAt >= start && p.FoundAt < end).GroupBy(p => p.SegmentCode)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var overdue = await db.Problems.Where(p => p.DeadlineAt >= start && p.DeadlineAt < end && p.DeadlineAt < now && (p.ClosedAt == null || p.ClosedAt > p.DeadlineAt))
            .GroupBy(p => p.SegmentCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var reworks = await db.Problems.SelectMany(p => p.Events.Where(e => e.Kind == ProblemEvent.Failed && e.At >= start && e.At < end), (p, e) => p.SegmentCode)
            .GroupBy(code => code).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return found.Keys.Union(overdue.Keys).Union(reworks.Keys).Order(StringComparer.Ordinal)
            .Select(code => new SegmentMonth(code, found.GetValueOrDefault(code), overdue.GetValueOrDefault(code), reworks.GetValueOrDefault(code))).ToList();
    }

    private static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);
}
