namespace Zhili.Roads.Tests;

/// <summary>R-3BAO, R-LOOP on the pages: the report form refuses with the rule, the problem page offers only the moves this user may make now.</summary>
public sealed class ProblemPageTests(RoadsFixture fixture) : IClassFixture<RoadsFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_3BAO_the_report_page_refuses_with_the_rule_and_reports_a_good_problem(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var segment = await app.SegmentAsync("JS-PP-01");
        var chief = app.Client(Sample.JinshuiChief);
        (await chief.GetStringAsync($"/roads/problems/report?segment={segment}", Ct)).ShouldContain("capture=\"environment\"");
        var form = new Dictionary<string, string> { ["Input.SegmentCode"] = segment, ["Input.CategoryCode"] = "", ["Input.Description"] = "路口乱堆建筑垃圾" };

        using var refused = await chief.PostFormAsync("/roads/problems/report", form);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("请选择问题类别：包秩序、包卫生或包立面下的一类（R-3BAO）");
        (await chief.Get($"{Problems.Url}?segment={segment}")).GetProperty("total").GetInt32().ShouldBe(0);

        form["Input.CategoryCode"] = "order-piling";
        using var done = await chief.PostFormAsync("/roads/problems/report", form);
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await chief.GetStringAsync(done.Headers.Location!.OriginalString, Ct)).ShouldContain("发现并报送问题（包秩序·乱堆乱放）");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_LOOP_the_problem_page_offers_only_the_moves_the_user_may_make_now(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var p = await app.ReportAsync(await app.SegmentAsync("JS-PP-02"));
        var url = $"/roads/problems/{p.Number("id")}";

        var asChief = await app.Client(Sample.JinshuiChief).GetStringAsync(url, Ct);
        asChief.ShouldNotContain("handler=File");
        asChief.ShouldContain("handler=Escalate");
        var asDistrict = await app.Client(Sample.Jinshui).GetStringAsync(url, Ct);
        asDistrict.ShouldContain("handler=File");
        asDistrict.ShouldNotContain("handler=Recheck");
        (await app.Client(Sample.Erqi).GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var filed = await app.Client(Sample.Jinshui).PostFormAsync($"{url}?handler=File", new Dictionary<string, string> { ["file.Version"] = $"{p.Number("version")}" });
        filed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var again = await app.Client(Sample.Jinshui).PostFormAsync($"{url}?handler=File", new Dictionary<string, string> { ["file.Version"] = $"{p.Number("version")}" });
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync(Ct)).ShouldContain("请刷新后重试");
        var page = await app.Client(Problems.Street).GetStringAsync(url, Ct);
        page.ShouldContain("立案，处理时限 乱停乱放：2 小时");
        page.ShouldContain("handler=Handle");
    }
}
