namespace Zhili.Roads.Features.Patrols;

/// <summary>
/// R-PATROL: compliance computed on demand from the patrol log and the chiefs' terms (the data scope limits both: the city
/// sees every district, a district its own). Exact at any time, so nothing is copied into a table of its own.
/// </summary>
public sealed class ComplianceQueries(RoadsDbContext db, ChiefQueries chiefs, IAdminUnits units, TimeProvider clock)
{
    public async Task<ComplianceReport> MonthAsync(string? month, string? district, CancellationToken ct)
    {
        var from = Month(month);
        return await PeriodAsync(from, from.AddMonths(1).AddDays(-1), district, ct);
    }

    public async Task<ComplianceReport> PeriodAsync(DateOnly from, DateOnly to, string? district, CancellationToken ct)
    {
        var countedTo = Min(to, Zhili.Kernel.Civil.Today(clock).AddDays(-1));
        var offices = await Offices(district).ToListAsync(ct);
        var retired = await db.Segments.AsNoTracking().Where(s => s.RetiredOn != null).ToDictionaryAsync(s => s.Code, s => s.RetiredOn!.Value, ct);
        // The earliest day a counted unit starts: a week ending on the 1st began in the month before.
        var since = from.AddDays(-15);
        var termIds = offices.SelectMany(c => c.Terms).Select(t => t.Id).ToList();
        var patrols = (await db.Patrols.AsNoTracking().Where(p => p.Day >= since && p.Day <= countedTo && termIds.Contains(p.TermId))
                .Select(p => new { p.TermId, p.Day }).ToListAsync(ct))
            .ToLookup(p => p.TermId, p => p.Day);

        var rows = new List<ComplianceRow>();
        foreach (var office in offices.OrderBy(c => c.UnitCode).ThenBy(c => c.Level).ThenBy(c => c.Place))
        {
            var unitsOfPeriod = PatrolDuty.Units(office.Level, from, countedTo).ToList();
            var placeName = await chiefs.PlaceNameAsync(office, ct);
            foreach (var term in office.Terms.OrderBy(t => t.FirstDay))
            {
                // A retired segment owes no patrol from the day it left the scope (R-SCOPE).
                var last = retired.TryGetValue(office.Place, out var off) ? Min(term.LastDay ?? off.AddDays(-1), off.AddDays(-1)) : term.LastDay;
                if (term.FirstDay > countedTo || last < from || last < term.FirstDay)
                {
                    continue;
                }

                var days = patrols[term.Id].ToHashSet();
                var owed = PatrolDuty.Owed(unitsOfPeriod, term.FirstDay, last).ToList();
                var missing = owed.Where(u => !PatrolDuty.Met(u, days)).Select(u => u.Label).ToList();
                var logged = patrols[term.Id].Count(d => owed.Any(u => d >= u.First && d <= u.Last));
                rows.Add(new ComplianceRow(office.Id, office.Level, ChiefLevels.Text(office.Level), office.Place, placeName, office.UnitCode,
                    term.HolderName, term.FirstDay, term.LastDay, owed.Count, owed.Count - missing.Count, logged, missing));
            }
        }

        return new ComplianceReport(from, to, countedTo >= from ? countedTo : null, rows);
    }

    public const string MonthFormat = "月份应写作 yyyy-MM，如 2025-06";

    /// <summary>The first day of a month given as <c>yyyy-MM</c>; this month when not given.</summary>
    public DateOnly Month(string? month)
    {
        if (string.IsNullOrWhiteSpace(month))
        {
            var today = Zhili.Kernel.Civil.Today(clock);
            return new DateOnly(today.Year, today.Month, 1);
        }

        return Parse(month) ?? throw new RuleViolationException("month", MonthFormat, "R-PATROL");
    }

    public static bool IsMonth(string month) => Parse(month) is not null;

    private static DateOnly? Parse(string month) =>
        DateOnly.TryParseExact(month.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year is >= 2018 and <= 2100 ? d : null;

    private IQueryable<RoadChief> Offices(string? district)
    {
        var query = db.Chiefs.AsNoTracking().Include(c => c.Terms).Where(c => PatrolDuty.Levels.Contains(c.Level));
        if (!string.IsNullOrWhiteSpace(district) && units.Find(district.Trim()) is { } d)
        {
            var codes = units.Under(d.Code).Select(u => u.Code).Append(d.Code).ToArray();
            query = query.Where(c => codes.Contains(c.UnitCode));
        }

        return query;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
