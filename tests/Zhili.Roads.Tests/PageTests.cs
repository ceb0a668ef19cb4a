namespace Zhili.Roads.Tests;

/// <summary>The staff pages post through the API's validators and services: refusals on the form, conflicts on a stale version.</summary>
public sealed class PageTests(RoadsFixture fixture) : IClassFixture<RoadsFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Form(string code, string version = "") => new()
    {
        ["Input.Code"] = code, ["Input.Name"] = "经三路（金水路—农业路）", ["Input.RoadName"] = "经三路", ["Input.StreetCode"] = Sample.JingbaluStreet,
        ["Input.AreaClass"] = "Dual", ["Input.LengthMetres"] = "1500", ["Input.StartDescription"] = "金水路口", ["Input.EndDescription"] = "农业路口",
        ["Input.Version"] = version,
    };

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_SCOPE_the_new_segment_page_refuses_with_the_rule_and_registers_a_good_segment(TestDatabase database)
    {
        var jinshui = (await fixture.Ready(database)).Client(Sample.Jinshui);
        var bad = Form("JS-PG-01");
        bad.Remove("Input.AreaClass");
        bad["Input.LengthMetres"] = "0";

        using var refused = await jinshui.PostFormAsync("/roads/segments/new", bad);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("请选择区域类别：重点区域、双重区域或一般区域（R-SCOPE）");
        html.ShouldContain("路段长度应在 1 至 100000 米之间");
        (await jinshui.CodesAsync()).ShouldNotContain("JS-PG-01");

        using var done = await jinshui.PostFormAsync("/roads/segments/new", Form("JS-PG-01"));
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        done.Headers.Location!.OriginalString.ShouldBe("/roads/segments/JS-PG-01");
        (await jinshui.GetStringAsync("/roads/segments/JS-PG-01", Ct)).ShouldContain("经三路（金水路—农业路）");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_SCOPE_the_segment_page_refuses_an_edit_of_a_version_changed_since(TestDatabase database)
    {
        var jinshui = (await fixture.Ready(database)).Client(Sample.Jinshui);
        var read = await jinshui.CreateSegment(Sample.Segment("JS-PG-02"));
        var edit = Sample.Segment("JS-PG-02");
        edit["version"] = read.Number("version");
        edit["lengthMetres"] = 1460;
        await jinshui.Put($"{Sample.Segments}/JS-PG-02", edit).Ok();

        using var stale = await jinshui.PostFormAsync("/roads/segments/JS-PG-02", Form("JS-PG-02", $"{read.Number("version")}"));

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stale.Content.ReadAsStringAsync(Ct)).ShouldContain("该记录已被他人修改，请刷新后重试");
        (await jinshui.Get($"{Sample.Segments}?q=JS-PG-02")).GetProperty("items")[0].Number("lengthMetres").ShouldBe(1460);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_CHIEF_the_chief_page_appoints_the_next_holder_and_tells_the_history(TestDatabase database)
    {
        var jinshui = (await fixture.Ready(database)).Client(Sample.Jinshui);
        var office = await jinshui.Appoint(Sample.Appoint("First", Sample.HuayuanluStreet, "王志强", new DateOnly(2025, 1, 1)));
        var url = $"/roads/chiefs/{office.Number("id")}";

        using var done = await jinshui.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Level"] = "First", ["Input.Place"] = Sample.HuayuanluStreet, ["Input.HolderName"] = "周建设", ["Input.Post"] = "金水区人民政府副区长", ["Input.OfficePhone"] = "0371-65500009",
            ["Input.FirstDay"] = "2025-06-01", ["Input.Version"] = $"{office.Number("version")}",
        });

        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await jinshui.GetStringAsync(url, Ct);
        html.ShouldContain("2025-01-01 至 2025-05-31，王志强（花园路街道办事处副主任）任一级路长");
        html.ShouldContain("2025-06-01 起，周建设（金水区人民政府副区长）任一级路长，办公电话 0371-65500009");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_SCOPE_a_road_chief_reads_the_pages_but_gets_no_forms_and_cannot_post_them(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        await app.Client(Sample.Jinshui).CreateSegment(Sample.Segment("JS-PG-03"));
        var chief = app.Client(Sample.JinshuiChief);

        var html = await chief.GetStringAsync("/roads/segments/JS-PG-03", Ct);

        html.ShouldContain("JS-PG-03");
        html.ShouldNotContain("name=\"Input.Name\"");
        (await chief.Fetch("/roads/segments/new")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
