namespace Zhili.WageArrears.Tests;

/// <summary>
/// Issue 5 "Done when": one employer from notice to listing, a rejected objection, expiry without correction
/// (automatic 2-year extension), correction and removal, with the lookup and the quarterly editions at each step.
/// </summary>
public sealed class ScenarioTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    private const string Editions = "/api/v1/blacklist/editions";
    private const int Serial = 801;

    private static async Task<JsonElement> LookupAsync(ZhiliFactory app) =>
        await (await app.PartnerAsync()).Get($"{Partners.Lookup}/{Sample.Code(Serial)}"); // a fresh key: keys expire after a year

    private static async Task<List<(string Kind, string Name)>> FreezeAsync(HttpClient city, int year, int quarter) =>
        (await city.Send(Editions, new { year, quarter }).Ok(HttpStatusCode.Created)).GetProperty("rows").EnumerateArray()
            .Select(r => (r.Str("kind"), r.Str("employerName"))).ToList();

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_TERM_scenario_notice_listing_rejected_objection_extension_correction_removal(TestDatabase database)
    {
        var app = await fixture.App(database);
        var city = app.Client(Sample.CityStaff);
        const string name = "郑州宏达建筑劳务有限公司";
        var c = await city.Create(Sample.Case(new DateOnly(2025, 6, 3), Serial, name));
        var url = $"{Api.Cases}/{c.Id()}";

        // Notice received Thu 2025-06-05: 06-06 #1, 09 #2, 10 #3, 11 #4, 06-12 #5 → defence due 24:00 on 2025-06-12.
        (await city.Post($"{url}/notice", new { receivedOn = new DateOnly(2025, 6, 5) })).GetProperty("defenceDue").GetProperty("at")
            .GetDateTime().ShouldBe(new DateTime(2025, 6, 12, 16, 0, 0, DateTimeKind.Utc));
        (await LookupAsync(app)).GetProperty("listed").GetBoolean().ShouldBeFalse();

        app.MoveTo(new DateOnly(2025, 6, 13));
        (await city.Post($"{url}/listing", new { decidedOn = new DateOnly(2025, 6, 13) })).Str("expiresOn").ShouldBe("2026-06-13");
        var listed = await LookupAsync(app);
        listed.GetProperty("listed").GetBoolean().ShouldBeTrue();
        (listed.Str("since"), listed.Str("until"), listed.Str("integrityGrade")).ShouldBe(("2025-06-13", "2026-06-13", "C"));

        app.MoveTo(new DateOnly(2025, 7, 1));
        (await FreezeAsync(city, 2025, 2)).ShouldBe([("Listing", name)]);

        // Objection received Wed 2025-07-02, rejected (upheld) on 07-10: the entry stands.
        var o = await city.PostAsJsonAsync($"{url}/objections", new { receivedOn = new DateOnly(2025, 7, 2), text = "工资已付清", evidence = "银行流水" },
            TestContext.Current.CancellationToken).Ok(HttpStatusCode.Created);
        await city.Post($"/api/v1/blacklist/objections/{o.Id()}/decision", new { outcome = "Upheld", decidedOn = new DateOnly(2025, 7, 10), reason = "流水不能证明已足额支付" });
        (await LookupAsync(app)).GetProperty("listed").GetBoolean().ShouldBeTrue();
        app.MoveTo(new DateOnly(2025, 10, 9));
        (await FreezeAsync(city, 2025, 3)).ShouldBe([("Listing", name)]);

        // Expiry on 2026-06-13 without correction: extended automatically by 2 years.
        app.MoveTo(new DateOnly(2026, 6, 15));
        (await city.Post("/api/v1/blacklist/terms/review")).GetProperty("extended").GetInt32().ShouldBe(1);
        (await LookupAsync(app)).Str("until").ShouldBe("2028-06-13");
        app.MoveTo(new DateOnly(2026, 7, 1));
        (await FreezeAsync(city, 2026, 2)).ShouldBe([("Listing", name)]);

        // Corrected during the extension; after the extended term the removal is due, then decided.
        await city.Post($"{url}/correction", new { correctedOn = new DateOnly(2026, 8, 3) });
        app.MoveTo(new DateOnly(2028, 6, 14));
        (await city.Post("/api/v1/blacklist/terms/review")).GetProperty("removalDue").GetInt32().ShouldBe(1);
        (await city.Get(url)).GetProperty("removalDue").Str("rule").ShouldBe("B-TERM");
        (await LookupAsync(app)).GetProperty("listed").GetBoolean().ShouldBeTrue();
        (await city.Post($"{url}/removal", new { decidedOn = new DateOnly(2028, 6, 20) })).Str("removedOn").ShouldBe("2028-06-20");
        (await LookupAsync(app)).GetProperty("listed").GetBoolean().ShouldBeFalse();

        app.MoveTo(new DateOnly(2028, 7, 3));
        (await FreezeAsync(city, 2028, 2)).ShouldBe([("Removal", name)]);
        // Every earlier edition still reads as it was published.
        var anonymous = app.Client();
        (await anonymous.Get($"{Editions}/2025/2")).GetProperty("rows")[0].Str("kind").ShouldBe("Listing");
        (await anonymous.Get(Editions)).GetArrayLength().ShouldBe(4);
    }
}
