namespace Zhili.Hotline.Features.Bulletins;

/// <summary>
/// H-BUL: the bulletins, one method per kind, shared by the API, the pages, the workbooks and (later) the scheduled job.
/// Everything is aggregated on the database server; the caller's data scope limits what is counted.
/// </summary>
public sealed class BulletinService(HotlineDbContext db, TimeProvider clock, IAdminUnits units, IOptions<BulletinOptions> options)
{
    private static readonly Sorting<Appeal> DueOrder = new Sorting<Appeal>("deadline")
        .By("deadline", a => a.DeadlineAt).By("unit", a => a.UnitCode).By("number", a => a.TrackingNumber);

    private readonly BulletinCounter counter = new(db);

    public DateOnly Today => Civil.Today(clock);

    public BulletinWindow Window(BulletinPeriod period, DateOnly date) => BulletinWindow.Of(period, date, clock.GetUtcNow().UtcDateTime);

    /// <summary>周综、月结、季评、年考核 (or one day's statistics) of the period holding <paramref name="date"/>.</summary>
    public async Task<PeriodBulletin> PeriodAsync(BulletinPeriod period, DateOnly date, CancellationToken ct = default)
    {
        var w = Window(period, date);
        var counts = await counter.PeriodAsync(w, Indicators.Period, ct);
        var n = options.Value.HotSpots;
        return new PeriodBulletin(period, w.Label, w.First, w.Last, w.AsOf, w.Complete, Infos(Indicators.Period),
            Line("", "合计", counts.Total(), Indicators.Period), Lines(counts, Indicators.Period),
            await TopCategoriesAsync(w, n, ct), await TopPlacesAsync(w, n, ct));
    }

    /// <summary>日清 of <paramref name="date"/>: what is due that day or overdue, still in hand, per unit and listed.</summary>
    public async Task<DailyBulletin> DailyAsync(DateOnly date, PageRequest page, CancellationToken ct = default)
    {
        var w = Window(BulletinPeriod.Day, date);
        var counts = await counter.OpenAsync(w, ct);
        var list = await DueOrder.PageAsync(counter.Open(w), page, ct);
        return new DailyBulletin(date, w.Label, w.AsOf, Infos(Indicators.Daily), Line("", "合计", counts.Total(), Indicators.Daily),
            Lines(counts, Indicators.Daily), list.Map(a => Row(a, w)));
    }

    /// <summary>The whole 日清 list, in deadline order, up to <paramref name="max"/> appeals (for the workbook).</summary>
    public async Task<IReadOnlyList<DueAppealRow>> DailyListAsync(DateOnly date, int max, CancellationToken ct = default)
    {
        var w = Window(BulletinPeriod.Day, date);
        var appeals = await counter.Open(w).OrderBy(a => a.DeadlineAt).ThenBy(a => a.Id).Take(max).ToListAsync(ct);
        return appeals.Select(a => Row(a, w)).ToList();
    }

    public string UnitName(string code) => units.Find(code)?.Name ?? code;

    /// <summary>Whose numbers a bulletin holds: the whole city, or the caller's units (their data scope).</summary>
    public string ScopeName()
    {
        var scope = db.Scope;
        return scope.IsUnrestricted ? "全市"
            : string.Join("、", scope.Units.Where(u => !scope.Covers(units.Find(u)?.ParentCode)).Select(UnitName)) + "（含下属单位）";
    }

    private static List<IndicatorInfo> Infos(IReadOnlyList<Indicator> indicators) => indicators.Select(IndicatorInfo.Of).ToList();

    // A street's line follows its district's (二级转办), so the district's handling reads with its streets'.
    private List<UnitLine> Lines(Counts counts, IReadOnlyList<Indicator> indicators) => counts.Units
        .OrderBy(u => (units.CountyLevelOf(u) ?? units.Find(u))?.SortOrder ?? int.MaxValue)
        .ThenBy(u => units.Find(u)?.SortOrder ?? int.MaxValue).ThenBy(u => u, StringComparer.Ordinal)
        .Select(u => Line(u, UnitName(u), counts.Of(u), indicators)).ToList();

    private static UnitLine Line(string code, string name, IReadOnlyDictionary<string, long> counts, IReadOnlyList<Indicator> indicators) =>
        new(code, name, indicators.ToDictionary(i => i.Key, i => i.ValueOf(counts)));

    private DueAppealRow Row(Appeal a, BulletinWindow w) => new(a.Id, a.TrackingNumber, a.Type, a.Urgent, a.CategoryCode,
        Mask.Text(a.Address, a.CallerName, a.CallerPhone),
        a.UnitCode, UnitName(a.UnitCode), a.DeadlineAt!.Value, a.DeadlineRule, a.DeadlineAt < w.AsOf, a.SupervisionLevel);

    private async Task<IReadOnlyList<HotCategory>> TopCategoriesAsync(BulletinWindow w, int n, CancellationToken ct)
    {
        var top = await counter.Received(w).GroupBy(a => a.CategoryCode).Select(g => new { Code = g.Key, N = g.Count() })
            .OrderByDescending(x => x.N).ThenBy(x => x.Code).Take(n).ToListAsync(ct);
        var codes = top.Select(t => t.Code).ToList();
        var names = await db.Categories.AsNoTracking().Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        return top.Select(t => new HotCategory(t.Code, names.GetValueOrDefault(t.Code) ?? t.Code, t.N)).ToList();
    }

    /// <summary>
    /// Cells of 0.01°: coordinates in hundredths of a degree, rounded (both providers translate Math.Round(x)). The cells
    /// are counted from the covering index; one address per top cell is then read from the appeals of those cells only.
    /// </summary>
    private async Task<IReadOnlyList<HotPlace>> TopPlacesAsync(BulletinWindow w, int n, CancellationToken ct)
    {
        var located = counter.Received(w).Where(a => a.Latitude != null && a.Longitude != null);
        var top = await located
            .GroupBy(a => new { Lat = Math.Round(a.Latitude!.Value * 100), Lon = Math.Round(a.Longitude!.Value * 100) })
            .Select(g => new { g.Key.Lat, g.Key.Lon, N = g.Count() })
            .OrderByDescending(x => x.N).ThenBy(x => x.Lat).ThenBy(x => x.Lon).Take(n).ToListAsync(ct);
        var (lats, lons) = (top.Select(t => t.Lat).Distinct().ToList(), top.Select(t => t.Lon).Distinct().ToList());
        var addresses = (await located
            .Where(a => lats.Contains(Math.Round(a.Latitude!.Value * 100)) && lons.Contains(Math.Round(a.Longitude!.Value * 100)))
            .GroupBy(a => new { Lat = Math.Round(a.Latitude!.Value * 100), Lon = Math.Round(a.Longitude!.Value * 100) })
            .Select(g => new { g.Key.Lat, g.Key.Lon, Address = g.Min(a => a.Address) }).ToListAsync(ct))
            .ToDictionary(x => (x.Lat, x.Lon), x => x.Address);
        // K-MASK: an address is published masked for each caller who wrote it (their name, given name and phone in it).
        var shown = addresses.Values.Distinct().ToList();
        var callers = (await located.Where(a => shown.Contains(a.Address)).Select(a => new { a.Address, a.CallerName, a.CallerPhone })
            .Distinct().ToListAsync(ct)).ToLookup(c => c.Address);
        string Published(string? address) =>
            callers[address ?? ""].Aggregate(Mask.Text(address), (text, c) => Mask.Text(text, c.CallerName, c.CallerPhone));
        return top.Select(t => new HotPlace(t.Lat / 100, t.Lon / 100, Published(addresses.GetValueOrDefault((t.Lat, t.Lon))), t.N)).ToList();
    }
}
