using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.Hotline.Features.Bulletins;

/// <summary>H-BUL: the bulletins as JSON, .xlsx and charts; staff of every unit, each seeing its own data scope.</summary>
public static class BulletinEndpoints
{
    public static void MapBulletinEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/bulletins").WithTags("Hotline bulletins 督办通报")
            .RequireAuthorization(HotlineRoles.StaffPolicy);
        g.MapGet("/indicators", () => TypedResults.Ok(Indicators.Period.Concat(Indicators.Daily).Select(IndicatorInfo.Of).ToList()))
            .WithName("ListBulletinIndicators").WithSummary("Every indicator with its name and formula (H-BUL)");
        g.MapGet("/daily", Daily).WithName("GetDailyBulletin")
            .WithSummary("日清: appeals in hand due on the day or overdue, per unit and listed page by page (H-BUL)");
        g.MapGet("/daily.xlsx", DailyWorkbook).WithName("ExportDailyBulletin").WithSummary("日清 as an .xlsx workbook (H-BUL)");
        g.MapGet("/{period}", Period).WithName("GetPeriodBulletin")
            .WithSummary("周综/月结/季评/年考核 (period = week, month, quarter, year; or day): every indicator per handling unit (H-BUL)");
        g.MapGet("/{period}.xlsx", PeriodWorkbook).WithName("ExportPeriodBulletin").WithSummary("A periodic bulletin as an .xlsx workbook (H-BUL)");
        g.MapGet("/{period}/chart.svg", ([AsParameters] BulletinQuery q, BulletinService s, CancellationToken ct) => Chart(q, s, "svg", ct))
            .WithName("BulletinChartSvg").WithSummary("A bar chart of one indicator per unit, as SVG (H-BUL)");
        g.MapGet("/{period}/chart.png", ([AsParameters] BulletinQuery q, BulletinService s, CancellationToken ct) => Chart(q, s, "png", ct))
            .WithName("BulletinChartPng").WithSummary("A bar chart of one indicator per unit, as PNG (H-BUL)");
    }

    private static async Task<Ok<DailyBulletin>> Daily([AsParameters] DailyQuery q, BulletinService s, CancellationToken ct) =>
        TypedResults.Ok(await s.DailyAsync(q.Date ?? s.Today, new PageRequest(q.Page ?? 1, q.PageSize ?? PageRequest.DefaultSize), ct));

    private static async Task<FileContentHttpResult> DailyWorkbook([AsParameters] DailyQuery q, BulletinService s, CancellationToken ct)
    {
        var date = q.Date ?? s.Today;
        var bulletin = await s.DailyAsync(date, new PageRequest(1, 1), ct);
        var list = await s.DailyListAsync(date, BulletinWorkbook.MaxDailyRows, ct);
        var file = BulletinWorkbook.Daily(bulletin, list, s.ScopeName());
        return TypedResults.File(file, BulletinWorkbook.ContentType, $"hotline-daily-{Iso(date)}.xlsx");
    }

    private static async Task<Ok<PeriodBulletin>> Period([AsParameters] BulletinQuery q, BulletinService s, CancellationToken ct) =>
        TypedResults.Ok(await s.PeriodAsync(q.ParsedPeriod, q.Date ?? s.Today, ct));

    private static async Task<FileContentHttpResult> PeriodWorkbook([AsParameters] BulletinQuery q, BulletinService s, CancellationToken ct)
    {
        var bulletin = await s.PeriodAsync(q.ParsedPeriod, q.Date ?? s.Today, ct);
        var file = BulletinWorkbook.Period(bulletin, s.ScopeName());
        return TypedResults.File(file, BulletinWorkbook.ContentType, $"hotline-{q.ParsedPeriod.ToString().ToLowerInvariant()}-{Iso(bulletin.First)}.xlsx");
    }

    /// <summary>One indicator (按期结案率 unless another is asked for) for the units that received most.</summary>
    private static async Task<FileContentHttpResult> Chart(BulletinQuery q, BulletinService s, string format, CancellationToken ct)
    {
        var indicator = Indicators.Find(q.Indicator ?? Indicators.OnTimeRate.Key)!;
        var bulletin = await s.PeriodAsync(q.ParsedPeriod, q.Date ?? s.Today, ct);
        return format == "svg"
            ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(BulletinChart.Svg(bulletin, indicator)), "image/svg+xml")
            : TypedResults.File(BulletinChart.Png(bulletin, indicator), "image/png");
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
