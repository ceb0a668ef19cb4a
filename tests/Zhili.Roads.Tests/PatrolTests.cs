namespace Zhili.Roads.Tests;

/// <summary>R-PATROL: chiefs log patrols of their segments, with findings and a photo, and staff of the segment read them.</summary>
public sealed class PatrolTests(RoadsFixture fixture) : IClassFixture<RoadsFixture>
{
    private static readonly DateOnly March = new(2025, 3, 1);

    private static async Task<ZhiliFactory> SegmentWithChiefAsync(RoadsFixture fixture, TestDatabase database, string code)
    {
        var app = await fixture.Ready(database);
        var jinshui = app.Client(Sample.Jinshui);
        await jinshui.CreateSegment(Sample.Segment(code));
        await jinshui.Appoint(Sample.Appoint("Second", code, "赵丽萍", March));
        return app;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_PATROL_a_patrol_is_logged_with_its_photo_and_listed_under_the_holder(TestDatabase database)
    {
        var app = await SegmentWithChiefAsync(fixture, database, "JS-PT-01");
        var chief = app.Client(Sample.JinshuiChief);

        var logged = await chief.Post(Patrols.Url, Patrols.Body("js-pt-01", Patrols.At(new DateOnly(2025, 6, 9)), photo: Patrols.Png, findings: "人行道有占道经营"))
            .Ok(HttpStatusCode.Created);
        await chief.Post(Patrols.Url, Patrols.Body("JS-PT-01")).Ok(HttpStatusCode.Created); // the time defaults to now

        var list = await app.Client(Sample.Jinshui).Get($"{Patrols.Url}?segment=JS-PT-01&from=2025-06-09&to=2025-06-10");
        list.Number("total").ShouldBe(2);
        var items = list.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.Str("day")).ShouldBe(["2025-06-10", "2025-06-09"]); // newest first
        (items[1].Str("holderName"), items[1].Str("findings"), items[1].Str("levelName")).ShouldBe(("赵丽萍", "人行道有占道经营", "二级路长"));
        items[0].GetProperty("photoUrl").ValueKind.ShouldBe(JsonValueKind.Null);
        (await chief.Get($"{Patrols.Url}?segment=JS-PT-01&to=2025-06-09")).Number("total").ShouldBe(1);

        using var photo = await chief.Fetch(logged.Str("photoUrl"));
        photo.StatusCode.ShouldBe(HttpStatusCode.OK);
        photo.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await photo.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).ShouldBe(Patrols.Png);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_PATROL_a_future_time_an_unknown_segment_and_a_bad_or_oversize_photo_are_refused_and_nothing_is_logged(TestDatabase database)
    {
        var app = await SegmentWithChiefAsync(fixture, database, "JS-PT-02");
        var chief = app.Client(Sample.JinshuiChief);
        var tomorrow = ZhiliFactory.DefaultNow.AddDays(1);
        var oversize = new byte[5 * 1024 * 1024 + 1];
        Patrols.Png.CopyTo(oversize, 0);

        await chief.Post(Patrols.Url, Patrols.Body("JS-PT-02", tomorrow)).Refused("at", "R-PATROL");
        await chief.Post(Patrols.Url, Patrols.Body("JS-NONE-09")).Refused("segment", "R-PATROL");
        await chief.Post(Patrols.Url, Patrols.Body("JS-PT-02", photo: "%PDF-1.7 not an image"u8.ToArray())).Refused("photo", "R-PATROL");
        await chief.Post(Patrols.Url, Patrols.Body("JS-PT-02", photo: oversize)).Refused("photo", "R-PATROL");
        // Before the first chief took office the patrol belongs to nobody.
        await chief.Post(Patrols.Url, Patrols.Body("JS-PT-02", Patrols.At(new DateOnly(2025, 2, 1)))).Refused("at", "R-PATROL");

        (await chief.Get($"{Patrols.Url}?segment=JS-PT-02")).Number("total").ShouldBe(0);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_PATROL_a_chief_of_another_district_neither_logs_on_nor_reads_the_segment(TestDatabase database)
    {
        var app = await SegmentWithChiefAsync(fixture, database, "JS-PT-03");
        var logged = await app.Client(Sample.JinshuiChief).Post(Patrols.Url, Patrols.Body("JS-PT-03", photo: Patrols.Png)).Ok(HttpStatusCode.Created);
        var erqi = app.Client(Sample.ErqiChief);

        await erqi.Post(Patrols.Url, Patrols.Body("JS-PT-03")).Refused("segment", "R-PATROL");
        (await erqi.Get($"{Patrols.Url}?segment=JS-PT-03")).Number("total").ShouldBe(0);
        (await erqi.Fetch(logged.Str("photoUrl"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await erqi.ComplianceAsync("2025-06", "JS-PT-03")).ShouldBeEmpty();
        (await app.Client(Sample.ErqiInspector).Post(Patrols.Url, Patrols.Body("JS-PT-03"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Client(Sample.Jinshui).Get($"{Patrols.Url}?segment=JS-PT-03")).Number("total").ShouldBe(1);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_PATROL_the_morning_check_tells_the_street_of_yesterdays_missed_daily_patrols(TestDatabase database)
    {
        var app = await SegmentWithChiefAsync(fixture, database, "JS-PT-04");
        await SegmentWithChiefAsync(fixture, database, "JS-PT-05");
        var yesterday = Sample.Today.AddDays(-1);
        await app.Client(Sample.JinshuiChief).Log("JS-PT-05", yesterday);

        (await app.Client("admin.test;admin;410100").PostAsync("/api/v1/jobs/roads.patrol-check/run", null, TestContext.Current.CancellationToken))
            .EnsureSuccessStatusCode();

        var inbox = await app.Client("hy.street;street;410105002").Get("/api/v1/identity/inbox");
        var notice = inbox.GetProperty("items").EnumerateArray().Select(i => i.Str("title") + i.Str("body"))
            .Single(t => t.Contains($"{yesterday:yyyy-MM-dd}"));
        notice.ShouldContain("JS-PT-04");
        notice.ShouldNotContain("JS-PT-05");
    }
}
