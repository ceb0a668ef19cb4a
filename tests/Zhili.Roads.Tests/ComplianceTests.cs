namespace Zhili.Roads.Tests;

/// <summary>
/// R-PATROL: each chief's patrols against the duty (总路长 every half month, 一级路长 every week, 二级路长 every day), over
/// May 2025 (Thursday 1 – Saturday 31; its ISO weeks end on Sundays 4, 11, 18 and 25 May), counted by hand below.
/// </summary>
public sealed class ComplianceTests(RoadsFixture fixture) : IClassFixture<RoadsFixture>
{
    private static readonly DateOnly March = new(2025, 3, 1);

    private static DateOnly May(int day) => new(2025, 5, day);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_PATROL_second_level_chief_owes_every_calendar_day_and_misses_are_listed_by_date(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var jinshui = app.Client(Sample.Jinshui);
        await jinshui.CreateSegment(Sample.Segment("JS-CP-01"));
        await jinshui.Appoint(Sample.Appoint("Second", "JS-CP-01", "赵丽萍", March));
        var chief = app.Client(Sample.JinshuiChief);
        // Every day but Monday 5 May and Saturday 17 May (a rest day is due all the same: the gazette says 每日), twice on the 20th.
        foreach (var day in Enumerable.Range(1, 31).Where(d => d is not 5 and not 17))
        {
            await chief.Log("JS-CP-01", May(day));
        }

        await chief.Log("JS-CP-01", May(20));

        var row = (await jinshui.ComplianceAsync("2025-05", "JS-CP-01"))["赵丽萍"];

        row.Counts().ShouldBe((31, 29, 30)); // 31 days due, 29 with a patrol, 30 patrols
        row.Missing().ShouldBe(["2025-05-05", "2025-05-17"]);
        // This month is counted up to yesterday (9 June): 9 days due, none patrolled.
        var june = (await jinshui.ComplianceAsync("2025-06", "JS-CP-01"))["赵丽萍"];
        june.Counts().ShouldBe((9, 0, 0));
        june.Missing().Last().ShouldBe("2025-06-09");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_PATROL_first_level_chief_owes_each_iso_week_ending_in_the_month(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var jinshui = app.Client(Sample.Jinshui);
        await jinshui.CreateSegment(Sample.Segment("JS-CP-02", Sample.JingbaluStreet, "经三路"));
        await jinshui.Appoint(Sample.Appoint("First", Sample.JingbaluStreet, "刘国庆", March));
        // W18 (28 Apr–4 May) is met by 30 April; W19 (5–11) none; W20 (12–18) by 14 May; W21 (19–25) none.
        // W22 (26 May–1 June) ends in June, so May does not count it even though 27 May has a patrol.
        foreach (var day in new[] { new DateOnly(2025, 4, 30), May(14), May(27) })
        {
            await jinshui.Log("JS-CP-02", day, "First");
        }

        var row = (await jinshui.ComplianceAsync("2025-05", Sample.JingbaluStreet))["刘国庆"];

        row.Counts().ShouldBe((4, 2, 2));
        row.Missing().ShouldBe(["2025-W19（05-05—05-11）", "2025-W21（05-19—05-25）"]);
        (await jinshui.ComplianceAsync("2025-06", Sample.JingbaluStreet))["刘国庆"].Missing().ShouldNotContain(m => m.StartsWith("2025-W22"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_PATROL_general_chief_owes_each_half_month(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var jinshui = app.Client(Sample.Jinshui);
        await jinshui.CreateSegment(Sample.Segment("JS-CP-03"));
        await jinshui.Appoint(Sample.Appoint("General", "410105", "李文华", March));
        await jinshui.Log("JS-CP-03", May(20), "General");

        var row = (await jinshui.ComplianceAsync("2025-05", "410105"))["李文华"];

        row.Counts().ShouldBe((2, 1, 1)); // 1–15 May none, 16–31 May on the 20th
        row.Missing().ShouldBe(["2025-05 上半月"]);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_PATROL_a_holder_change_mid_month_splits_the_duty_and_the_patrols(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var jinshui = app.Client(Sample.Jinshui);
        await jinshui.CreateSegment(Sample.Segment("JS-CP-04"));
        var office = await jinshui.Appoint(Sample.Appoint("Second", "JS-CP-04", "孙明", March));
        await jinshui.Appoint(Sample.Appoint("Second", "JS-CP-04", "林晓峰", May(16), office.Number("version")));
        var chief = app.Client(Sample.JinshuiChief);
        // 孙明 held 1–15 May (15 days) and missed the 10th; 林晓峰 holds from 16 May (16 days) and missed none.
        foreach (var day in Enumerable.Range(1, 31).Where(d => d != 10))
        {
            await chief.Log("JS-CP-04", May(day));
        }

        var rows = await jinshui.ComplianceAsync("2025-05", "JS-CP-04");

        rows["孙明"].Counts().ShouldBe((15, 14, 14));
        rows["孙明"].Missing().ShouldBe(["2025-05-10"]);
        rows["林晓峰"].Counts().ShouldBe((16, 16, 16));
        rows["林晓峰"].Missing().ShouldBeEmpty();
        var list = (await jinshui.Get($"{Patrols.Url}?segment=JS-CP-04&from=2025-05-15&to=2025-05-16")).GetProperty("items").EnumerateArray();
        list.Select(p => (p.Str("day"), p.Str("holderName"))).ShouldBe([("2025-05-16", "林晓峰"), ("2025-05-15", "孙明")]);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_PATROL_the_compliance_table_exports_as_xlsx_and_a_bad_month_is_refused(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var jinshui = app.Client(Sample.Jinshui);
        await jinshui.CreateSegment(Sample.Segment("JS-CP-05"));
        await jinshui.Appoint(Sample.Appoint("Second", "JS-CP-05", "钱伟", March));

        using var file = await jinshui.Fetch($"{Patrols.Url}/compliance.xlsx?month=2025-05");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await file.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        OfficeSheets.Problems(bytes).ShouldBeEmpty();
        OfficeSheets.Names(bytes).ShouldBe(["巡查履职", "说明"]);
        var holders = OfficeSheets.Column(bytes, "巡查履职", "路长").Select(c => c?.Text).ToList();
        var required = OfficeSheets.Column(bytes, "巡查履职", "应巡查")[holders.IndexOf("钱伟")]!;
        (required.Number, required.Format).ShouldBe((31d, "0")); // every day of May, as a whole number
        await jinshui.Fetch($"{Patrols.Url}/compliance?month=2025-13").Refused("month", "R-PATROL");
    }
}
