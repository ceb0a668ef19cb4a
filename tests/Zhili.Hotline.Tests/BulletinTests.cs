using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>H-BUL: every indicator of the March 2026 bulletins, counted by hand from <see cref="BulletinScenario"/>.</summary>
public sealed class BulletinTests(BulletinScenario scenario) : IClassFixture<BulletinScenario>
{
    private const string Api = "/api/v1/hotline/bulletins";

    private static Dictionary<string, string> Texts(JsonElement line) =>
        line.GetProperty("values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("text").GetString()!);

    private static JsonElement Unit(JsonElement bulletin, string code) =>
        bulletin.GetProperty("units").EnumerateArray().Single(u => u.Str("unitCode") == code);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_BUL_monthly_bulletin_counts_every_indicator_per_handling_unit(TestDatabase database)
    {
        var app = await scenario.App(database);
        var b = await app.Client(Office).GetFromJsonAsync<JsonElement>($"{Api}/month?date=2026-03-15", Ct);
        b.Str("label").ShouldBe("2026年3月 月结");
        b.GetProperty("complete").GetBoolean().ShouldBeTrue();
        b.GetProperty("units").EnumerateArray().Select(u => u.Str("unitCode")).ShouldBe(["410103", "410105", "410100-SZDHS"]);

        var erqi = Texts(Unit(b, "410103"));
        // received: A1 A2 A3 A4 A5 A6 (改派 from 金水) A8 = 7; consultations: A8 = 1, none resolved at first contact.
        (erqi["received"], erqi["consultations"], erqi["firstContact"], erqi["firstContactRate"]).ShouldBe(("7", "1", "0", "0.0%"));
        // due (deadline in March): A1 03-09, A2 03-12 (extended), A3 03-17 (reopened), A4 03-26, A6 03-11, A8 03-11 = 6; A5 is due 04-01.
        // closed by 03-31 24:00: A1 A2 A3 A6 A8 = 5; on time: A1 A2 A3 A8 = 4 (A6 closed 03-12 09:05 after 03-11 24:00).
        // overdue: A4 (never replied) + A6 (closed late) = 2; extended: A2 = 1; reworked: A3 = 1 of the 5 closed.
        (erqi["due"], erqi["closed"], erqi["closedOnTime"], erqi["overdue"], erqi["extended"], erqi["reopened"])
            .ShouldBe(("6", "5", "4", "2", "1", "1"));
        // 结案率 5/6 = 83.3%, 按期结案率 4/6 = 66.7%, 延期率 1/6 = 16.7%, 返工率 1/5 = 20.0%.
        (erqi["closureRate"], erqi["onTimeRate"], erqi["extensionRate"], erqi["reworkRate"]).ShouldBe(("83.3%", "66.7%", "16.7%", "20.0%"));
        // assigned to 二七: A1 A2 A3 A8 A4 A5 + A6 改派 = 7, none returned: 0/7 = 0.0%.
        (erqi["assigned"], erqi["returned"], erqi["returnRate"]).ShouldBe(("7", "0", "0.0%"));
        // callbacks: A1 S, A2 BS, A3 U then S, A6 S, A8 S, A5 S = 7; 满意 5 + 基本满意 1 = 6; 6/7 = 85.7%.
        (erqi["calledBack"], erqi["satisfied"], erqi["basicallySatisfied"], erqi["satisfactionRate"]).ShouldBe(("7", "5", "1", "85.7%"));
        // A4: 一般督办 opened 03-27, escalated to 专项 03-30.
        (erqi["supervisedGeneral"], erqi["supervisedSpecial"], erqi["supervisedKey"]).ShouldBe(("1", "1", "0"));

        var jinshui = Texts(Unit(b, "410105"));
        // A6 was assigned to 金水 and returned by it: 1/1 = 100.0%; nothing due there: rates over nothing are "—".
        (jinshui["assigned"], jinshui["returned"], jinshui["returnRate"], jinshui["received"]).ShouldBe(("1", "1", "100.0%", "0"));
        (jinshui["due"], jinshui["closureRate"], jinshui["onTimeRate"], jinshui["satisfactionRate"]).ShouldBe(("0", "—", "—", "—"));

        var office = Texts(Unit(b, "410100-SZDHS"));
        // A7: a consultation closed at the first contact: 1/1 = 100.0%.
        (office["received"], office["consultations"], office["firstContact"], office["firstContactRate"]).ShouldBe(("1", "1", "1", "100.0%"));

        var total = Texts(b.GetProperty("total"));
        // received 7 + 1 = 8; assigned 7 + 1 = 8, returned 1: 1/8 = 12.5%; consultations 2, first contact 1: 50.0%.
        (total["received"], total["assigned"], total["returned"], total["returnRate"]).ShouldBe(("8", "8", "1", "12.5%"));
        (total["consultations"], total["firstContact"], total["firstContactRate"]).ShouldBe(("2", "1", "50.0%"));
        (total["due"], total["onTimeRate"], total["satisfactionRate"]).ShouldBe(("6", "66.7%", "85.7%"));
        var value = b.GetProperty("total").GetProperty("values").GetProperty("onTimeRate");
        (value.GetProperty("value").GetInt64(), value.GetProperty("denominator").GetInt64()).ShouldBe((4, 6));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_BUL_hot_categories_and_places_of_the_period(TestDatabase database)
    {
        var app = await scenario.App(database);
        var b = await app.Client(Office).GetFromJsonAsync<JsonElement>($"{Api}/month?date=2026-03-01", Ct);
        // 110101: A1 A2 A3 A5 = 4; 110202: A4 A6 = 2; 120201: A7 A8 = 2 (a tie goes by code).
        b.GetProperty("topCategories").EnumerateArray().Select(c => (c.Str("code"), c.GetProperty("count").GetInt32()))
            .ShouldBe([("110101", 4), ("110202", 2), ("120201", 2)]);
        b.GetProperty("topCategories")[0].Str("name").ShouldBe("占道经营");
        // 0.01° cells: (34.72, 113.65) A1 A2 A3 A5; (34.76, 113.68) A4 A6; A7 and A8 have no coordinates.
        var places = b.GetProperty("topPlaces").EnumerateArray().ToList();
        places.Select(p => (p.GetProperty("latitude").GetDouble(), p.GetProperty("longitude").GetDouble(), p.GetProperty("count").GetInt32()))
            .ShouldBe([(34.72, 113.65, 4), (34.76, 113.68, 2)]);
        places[1].Str("address").ShouldBe("金水区经八路与红旗路交叉口");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_BUL_weekly_and_quarterly_windows_and_a_period_without_appeals(TestDatabase database)
    {
        var app = await scenario.App(database);
        var office = app.Client(Office);
        // 周综 of Mon 03-09 … Sun 03-15: due A1 03-09, A8 03-11, A6 03-11, A2 03-12 = 4; on time A1 A8 A2 = 3: 75.0%.
        var week = Texts((await office.GetFromJsonAsync<JsonElement>($"{Api}/week?date=2026-03-12", Ct)).GetProperty("total"));
        (week["due"], week["closedOnTime"], week["onTimeRate"], week["received"]).ShouldBe(("4", "3", "75.0%", "2")); // received: A7, A8 on 03-10
        // A4 is due at 03-26 24:00, which belongs to 03-26, not to 03-27 (K-WD-2).
        Texts((await office.GetFromJsonAsync<JsonElement>($"{Api}/day?date=2026-03-26", Ct)).GetProperty("total"))["due"].ShouldBe("1");
        Texts((await office.GetFromJsonAsync<JsonElement>($"{Api}/day?date=2026-03-27", Ct)).GetProperty("total"))["due"].ShouldBe("0");
        var quarter = await office.GetFromJsonAsync<JsonElement>($"{Api}/quarter?date=2026-02-01", Ct);
        quarter.Str("label").ShouldBe("2026年第1季度 季评");
        Texts(quarter.GetProperty("total"))["due"].ShouldBe("6");
        // February: nothing at all. Every count is 0 and every rate "—", never 0% or 100%.
        var february = await office.GetFromJsonAsync<JsonElement>($"{Api}/month?date=2026-02-10", Ct);
        february.GetProperty("units").GetArrayLength().ShouldBe(0);
        var empty = Texts(february.GetProperty("total"));
        foreach (var rate in new[] { "closureRate", "onTimeRate", "extensionRate", "returnRate", "satisfactionRate", "reworkRate", "firstContactRate" })
        {
            empty[rate].ShouldBe("—", rate);
        }

        empty["received"].ShouldBe("0");
        (await office.GetAsync($"{Api}/fortnight?date=2026-03-01", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await office.GetAsync($"{Api}/month/chart.svg?indicator=nonsense", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_BUL_daily_list_of_appeals_due_or_overdue(TestDatabase database)
    {
        var app = await scenario.App(database);
        var office = app.Client(Office);
        var a4 = scenario.Numbers[(database, "A4")];
        // 03-26: A4's deadline is that day's 24:00 and it is still in hand: due that day.
        var d26 = await office.GetFromJsonAsync<JsonElement>($"{Api}/daily?date=2026-03-26", Ct);
        var t26 = Texts(d26.GetProperty("total"));
        (t26["dueToday"], t26["overdueOpen"]).ShouldBe(("1", "0"));
        // 04-02 (today, 10:00): A4 overdue; A5 (04-01) was closed on 03-30; nothing else is in hand.
        var today = await office.GetFromJsonAsync<JsonElement>($"{Api}/daily", Ct);
        today.Str("date").ShouldBe("2026-04-02");
        var t = Texts(today.GetProperty("total"));
        (t["dueToday"], t["overdueOpen"]).ShouldBe(("0", "1"));
        var row = today.GetProperty("appeals").GetProperty("items")[0];
        (row.Str("trackingNumber"), row.GetProperty("overdue").GetBoolean(), row.Str("unitName")).ShouldBe((a4, true, "二七区"));
        (await office.GetFromJsonAsync<JsonElement>($"{Api}/daily?date=2026-03-20", Ct)).GetProperty("appeals").GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_BUL_a_district_sees_only_its_own_numbers(TestDatabase database)
    {
        var app = await scenario.App(database);
        var erqi = await app.Client(Erqi).GetFromJsonAsync<JsonElement>($"{Api}/month?date=2026-03-15", Ct);
        erqi.GetProperty("units").EnumerateArray().Select(u => u.Str("unitCode")).ShouldBe(["410103"]);
        Texts(erqi.GetProperty("total"))["received"].ShouldBe("7");
        var jinshui = await app.Client(Jinshui).GetFromJsonAsync<JsonElement>($"{Api}/month?date=2026-03-15", Ct);
        jinshui.GetProperty("units").EnumerateArray().Select(u => u.Str("unitCode")).ShouldBe(["410105"]);
        // Its own return stays its own, though the appeal went on to 二七.
        (Texts(jinshui.GetProperty("total"))["returned"], Texts(jinshui.GetProperty("total"))["received"]).ShouldBe(("1", "0"));
        (await app.Client(Jinshui).GetFromJsonAsync<JsonElement>($"{Api}/daily?date=2026-04-02", Ct))
            .GetProperty("appeals").GetProperty("total").GetInt32().ShouldBe(0);
        (await app.Client("x;road-chief;410103").GetAsync($"{Api}/month", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var page = await app.Client(Jinshui).GetStringAsync("/hotline/bulletins?period=Month&date=2026-03-15", Ct);
        page.ShouldContain("金水区");
        page.ShouldNotContain("二七区");
    }
}
