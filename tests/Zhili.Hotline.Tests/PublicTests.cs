using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>Citizens: the public form and API, and the status lookup by tracking number (K-MASK, no internal notes).</summary>
public sealed class PublicTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    private static object Citizen(string phone = "13903710002") => new
    {
        callerName = "欧阳明华", callerPhone = phone, confidential = false, type = "Help", categoryCode = "110202",
        address = "中原区建设路桐柏路口", description = "路口三盏路灯连续一周不亮，夜间过马路很危险。",
    };

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_a_citizen_submits_and_follows_the_appeal_with_the_caller_masked(TestDatabase database)
    {
        var app = await fixture.App(database);
        var anonymous = app.Client();
        var submitted = await anonymous.PostOk("/api/v1/hotline/public/appeals", Citizen());
        var number = submitted.Str("trackingNumber")!;
        await anonymous.PostRefused("/api/v1/hotline/public/appeals", Citizen(phone: "1390371"), "callerPhone", "H-FLOW");

        var office = app.Client(Office);
        var id = (await office.GetFromJsonAsync<JsonElement>($"/api/v1/hotline/appeals?q={number}", Ct)).GetProperty("items")[0].GetProperty("id").GetInt64();
        (await office.GetAsync(id)).Str("channel").ShouldBe("Web");
        await app.AssignAsync(id, "410102");
        await app.Client(Zhongyuan).PostOk($"/api/v1/hotline/appeals/{id}/notes", new { text = "内部备注：养护队周三到场" });

        var response = await anonymous.GetAsync($"/api/v1/hotline/public/appeals/{number}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync(Ct);
        var status = JsonDocument.Parse(body).RootElement;
        status.Str("callerName").ShouldBe("欧阳**"); // K-MASK: compound surname kept
        status.Str("callerPhone").ShouldBe("139****0002");
        status.Str("state").ShouldBe("办理中");
        status.Str("handlingUnit").ShouldBe("中原区");
        status.Str("category").ShouldBe("城乡建设 / 市政设施 / 路灯故障");
        body.ShouldNotContain("内部备注");
        body.ShouldNotContain("13903710002");
        status.GetProperty("steps").EnumerateArray().Select(s => s.Str("title")).ShouldBe(["已受理", "已交办承办单位"]);
        (await anonymous.GetAsync("/api/v1/hotline/public/appeals/HL000000XXXXXXXX", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_MASK_a_confidential_appeal_shows_no_caller_at_all_to_the_public(TestDatabase database)
    {
        var app = await fixture.App(database);
        var number = (await app.Client(Office).PostOk("/api/v1/hotline/appeals", NewAppeal(confidential: true))).Str("trackingNumber")!;

        var status = await app.Client().GetFromJsonAsync<JsonElement>($"/api/v1/hotline/public/appeals/{number}", Ct);
        status.Str("callerName").ShouldBeNull();
        status.Str("callerPhone").ShouldBeNull();
        var page = await app.Client().GetStringAsync($"/hotline/status?number={number}", Ct);
        page.ShouldNotContain("张**");
        page.ShouldNotContain("138****0001");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_the_citizen_form_and_status_pages_work_without_sign_in(TestDatabase database)
    {
        var app = await fixture.App(database);
        var anonymous = app.Client();
        var form = await anonymous.GetStringAsync("/hotline/submit", Ct);
        form.ShouldContain("路灯故障");
        var bad = await anonymous.PostFormAsync("/hotline/submit", Fields("139"));
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bad.Content.ReadAsStringAsync(Ct)).ShouldContain("联系电话应为 11 位手机号码");

        var posted = await anonymous.PostFormAsync("/hotline/submit", Fields("13903710002"));
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = posted.Headers.Location!.ToString();
        location.ShouldStartWith("/hotline/status?number=HL");
        var page = await anonymous.GetStringAsync(location, Ct);
        page.ShouldContain("欧阳**");
        page.ShouldContain("139****0002");
        page.ShouldNotContain("13903710002");
    }

    private static Dictionary<string, string> Fields(string phone) => new()
    {
        ["Input.CallerName"] = "欧阳明华", ["Input.CallerPhone"] = phone, ["Input.Type"] = "Help", ["Input.CategoryCode"] = "110202",
        ["Input.Address"] = "中原区建设路桐柏路口", ["Input.Description"] = "路灯不亮",
    };
}
