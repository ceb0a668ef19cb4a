namespace Zhili.Roads.Tests;

/// <summary>R-3BAO: what a report must hold, whose photo is an image, and who may read and act on a problem.</summary>
public sealed class ProblemInputTests(RoadsFixture fixture) : IClassFixture<RoadsFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_3BAO_a_bad_report_is_refused_field_by_field_and_nothing_is_reported(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var segment = await app.SegmentAsync("JS-IN-01");
        var chief = app.Client(Sample.JinshuiChief);
        var bad = new { segmentCode = segment, categoryCode = "垃圾", description = " ", latitude = 95.0, longitude = (double?)null, photo = "GIF89a"u8.ToArray() };

        var body = await chief.Post(Problems.Url, bad).Refused("categoryCode", "R-3BAO");
        var fields = body.GetProperty("violations").EnumerateArray().Select(v => v.Str("field")).ToList();
        fields.ShouldContain("description");
        fields.ShouldContain("latitude");
        fields.ShouldContain("longitude");
        fields.ShouldContain("photo");
        await chief.Post(Problems.Url, Problems.Report("NO-SUCH-01")).Refused("segmentCode", "R-3BAO");
        (await chief.Get($"{Problems.Url}?segment={segment}")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_3BAO_a_photo_is_judged_by_its_content_and_kept_with_the_problem(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var segment = await app.SegmentAsync("JS-IN-02");

        var p = await app.Client(Sample.JinshuiChief).Post(Problems.Url, Problems.Report(segment, photo: Problems.Png)).Ok(HttpStatusCode.Created);
        p.GetProperty("photos").EnumerateArray().Select(x => x.Str("stage")).ShouldBe(["report"]);

        var tooBig = new byte[5 * 1024 * 1024 + 1];
        Problems.Png.CopyTo(tooBig, 0);
        await app.Client(Sample.JinshuiChief).Post(Problems.Url, Problems.Report(segment, photo: tooBig)).Refused("photo", "R-3BAO");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_LOOP_a_district_cannot_read_or_act_on_another_districts_problem(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var p = await app.ReportAsync(await app.SegmentAsync("JS-IN-03"));
        var erqi = app.Client(Sample.Erqi);

        (await erqi.Fetch($"{Problems.Url}/{p.Number("id")}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await erqi.Act(p, "file").Ok(HttpStatusCode.NotFound);
        await app.Client(Sample.ErqiInspector).Act(p, "escalate", new { version = p.Number("version"), reason = "越权上报" }).Ok(HttpStatusCode.NotFound);
        (await erqi.Get($"{Problems.Url}?segment=JS-IN-03")).GetProperty("total").GetInt32().ShouldBe(0);
        await erqi.Post(Problems.Url, Problems.Report("JS-IN-03")).Refused("segmentCode", "R-3BAO");

        // The city sees and acts on every district's problems.
        var city = app.Client(Sample.CityOffice);
        (await city.Get($"{Problems.Url}/{p.Number("id")}")).Str("stage").ShouldBe("Reported");
        (await app.Client(Sample.Jinshui).Get($"{Problems.Url}/{p.Number("id")}")).Str("stage").ShouldBe("Reported");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_LOOP_each_stage_is_taken_by_its_own_people(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var p = await app.ReportAsync(await app.SegmentAsync("JS-IN-04"));

        // A road chief finds and reports; filing is the street's or the district's.
        (await app.Client(Sample.JinshuiChief).Act(p, "file")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Client(Problems.Inspector).Act(p, "file")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        p = await app.Client(Problems.Street).Act(p, "file").Ok();
        p = await app.HandleAsync(p);
        (await app.Client(Problems.Street).Act(p, "recheck", new { version = p.Number("version"), passed = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await app.Client(Problems.Inspector).Act(p, "recheck", new { version = p.Number("version"), passed = false }).Refused("note", "R-LOOP");
    }
}
