using MiniExcelLibs;
using Zhili.BuildingBlocks.Documents;
using Zhili.Hotline.Domain.Bulletins;
using Zhili.Hotline.Features.Bulletins;
using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>H-BUL: the bulletins as .xlsx workbooks and charts, with the numbers of <see cref="BulletinScenario"/>.</summary>
public sealed class BulletinExportTests(BulletinScenario scenario) : IClassFixture<BulletinScenario>
{
    private const string Api = "/api/v1/hotline/bulletins";

    private static async Task<MemoryStream> Download(HttpClient client, string url, string contentType)
    {
        var response = await client.GetAsync(url, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(contentType);
        var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        return stream;
    }

    private static List<IDictionary<string, object>> Sheet(Stream xlsx, string name)
    {
        xlsx.Position = 0;
        return MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object>>().ToList();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_BUL_monthly_workbook_opens_and_holds_the_numbers(TestDatabase database)
    {
        var app = await scenario.App(database);
        using var xlsx = await Download(app.Client(Office), $"{Api}/month.xlsx?date=2026-03-15", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        MiniExcel.GetSheetNames(xlsx).ShouldBe(["单位指标", "指标说明", "热点分类", "热点地点", "说明"]);
        var lines = Sheet(xlsx, "单位指标");
        lines.Select(l => l["单位"]).ShouldBe(["合计", "二七区", "金水区", "市长电话室"]);
        var erqi = lines[1];
        // The same hand counts as the monthly test: due 6, on time 4 → 66.7%; 满意 (5 + 1) / 7 → 85.7%.
        (erqi["应结案"], erqi["按期结案"]).ShouldBe((6d, 4d)); // numbers come back as double
        ((double)erqi["按期结案率"]).ShouldBe(4d / 6, 1e-12);
        ((double)erqi["满意率"]).ShouldBe(6d / 7, 1e-12);
        lines[2]["结案率"].ShouldBe("—");
        Sheet(xlsx, "指标说明").ShouldContain(r => (string)r["指标"] == "满意率" && (string)r["计算方法"] == "（满意 + 基本满意）÷ 回访");
        Sheet(xlsx, "热点分类")[0]["分类"].ShouldBe("占道经营");
        Sheet(xlsx, "说明").ShouldContain(r => (string)r["项目"] == "数据范围" && (string)r["内容"] == "全市");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_BUL_daily_workbook_lists_the_overdue_appeals(TestDatabase database)
    {
        var app = await scenario.App(database);
        using var xlsx = await Download(app.Client(Erqi), $"{Api}/daily.xlsx?date=2026-04-02", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var list = Sheet(xlsx, "日清");
        list.Select(r => r["受理编号"]).ShouldBe([scenario.Numbers[(database, "A4")]]);
        (list[0]["情况"], list[0]["办理期限（北京时间）"], list[0]["督办"]).ShouldBe(("逾期", "2026-03-26 24:00", "专项督办")); // the day it ends
        Sheet(xlsx, "单位汇总").Single(r => (string)r["单位"] == "二七区")["逾期未办结"].ShouldBe(1d); // MiniExcel reads numbers back as double
        Sheet(xlsx, "说明").ShouldContain(r => (string)r["项目"] == "数据范围" && ((string)r["内容"]).StartsWith("二七区", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_BUL_workbooks_hold_numbers_as_numbers_with_a_frozen_header(TestDatabase database)
    {
        var app = await scenario.App(database);
        var month = (await Download(app.Client(Office), $"{Api}/month.xlsx?date=2026-03-15", Workbook.ContentType)).ToArray();
        var daily = (await Download(app.Client(Office), $"{Api}/daily.xlsx?date=2026-04-02", Workbook.ContentType)).ToArray();
        OfficeSheets.Problems(month).ShouldBeEmpty();
        OfficeSheets.Problems(daily).ShouldBeEmpty();

        var rates = OfficeSheets.Column(month, "单位指标", "按期结案率");
        rates[1].ShouldBe(new SheetCell(null, 4d / 6, "0.0%")); // 二七区, a number shown as 66.7%
        rates[2].ShouldBe(new SheetCell("—", null, null));       // 金水区: a rate over nothing
        OfficeSheets.Column(month, "单位指标", "应结案").ShouldAllBe(c => c!.Number != null && c.Format == "0" && c.Number % 1 == 0);
        OfficeSheets.Column(month, "热点分类", "受理").ShouldAllBe(c => c!.Number > 0 && c.Format == "0");
        OfficeSheets.Column(daily, "单位汇总", "逾期未办结").ShouldAllBe(c => c!.Number != null && c.Format == "0");
    }

    [Fact]
    public void H_BUL_a_rate_chart_axis_stops_at_100_percent()
    {
        IndicatorValue Rate(long n, long d) => IndicatorValue.Rate(n, d);
        UnitLine Line(string code, IndicatorValue v) => new(code, code, new Dictionary<string, IndicatorValue>
        {
            [Indicators.OnTimeRate.Key] = v, [Indicators.Received.Key] = IndicatorValue.Count(5),
        });
        var bulletin = new PeriodBulletin(BulletinPeriod.Month, "2026年3月 月结", new(2026, 3, 1), new(2026, 3, 31), DateTime.UtcNow, true,
            [], Line("", Rate(9, 10)), [Line("410102", Rate(5, 5)), Line("410103", Rate(4, 5))], [], []);
        var plot = BulletinChart.Draw(bulletin, Indicators.OnTimeRate);
        plot.GetSvgXml(BulletinChart.Width, BulletinChart.Height).ShouldContain("100.0%");
        (plot.Axes.GetLimits().Bottom, plot.Axes.GetLimits().Top).ShouldBe((0d, 100d));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_BUL_chart_endpoints_return_an_image(TestDatabase database)
    {
        var app = await scenario.App(database);
        var office = app.Client(Office);
        using var svg = await Download(office, $"{Api}/month/chart.svg?date=2026-03-15&indicator=onTimeRate", "image/svg+xml");
        var text = System.Text.Encoding.UTF8.GetString(svg.ToArray());
        text.ShouldContain("<svg");
        text.ShouldContain("二七区");
        text.ShouldContain("66.7%");
        text.ShouldNotContain("金水区", Case.Sensitive, "a rate over nothing is left out of the chart");
        using var png = await Download(office, $"{Api}/month/chart.png?date=2026-03-15&indicator=received", "image/png");
        png.ToArray().Take(8).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        png.Length.ShouldBeGreaterThan(1000);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_BUL_the_bulletin_page_shows_the_indicators_formulas_and_chart(TestDatabase database)
    {
        var app = await scenario.App(database);
        var html = WebUtility.HtmlDecode(await app.Client(Office).GetStringAsync("/hotline/bulletins?period=Month&date=2026-03-15", Ct));
        html.ShouldContain("2026年3月 月结");
        html.ShouldContain("66.7%");
        html.ShouldContain("（满意 + 基本满意）÷ 回访");
        html.ShouldContain("/api/v1/hotline/bulletins/month/chart.svg?date=2026-03-15");
        html.ShouldContain("/api/v1/hotline/bulletins/month.xlsx?date=2026-03-15");
        html.ShouldContain("<div class=\"wide\" tabindex=\"0\" role=\"region\" aria-label=\"各承办单位指标\">"); // the keyboard can scroll it
        html.ShouldNotContain("<script");
        html.ShouldNotContain("style=");
        var daily = await app.Client(Office).GetStringAsync("/hotline/bulletins?period=Day&date=2026-04-02", Ct);
        daily.ShouldContain(scenario.Numbers[(database, "A4")]);
        daily.ShouldContain("逾期");
    }
}
