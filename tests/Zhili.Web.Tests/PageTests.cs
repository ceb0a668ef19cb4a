using System.Text.RegularExpressions;

namespace Zhili.Web.Tests;

public sealed partial class PageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> HtmlAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Home_page_is_in_Chinese_with_navigation_and_the_directory_counts(TestDatabase database)
    {
        var html = await HtmlAsync((await fixture.App(database)).Client(), "/");

        html.ShouldContain("lang=\"zh-CN\"");
        html.ShouldContain("href=\"/units\"");
        html.ShouldContain("href=\"/calendar\"");
        // 16 county-level units (12 + 4 zones) of K-UNITS.
        html.ShouldContain("<strong>16</strong>");
        // The fake clock is Tuesday 2025-06-10; 5 working days later is Tuesday 2025-06-17 (no holiday between).
        html.ShouldContain("2025-06-17");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_language_switch_turns_the_pages_English_and_back(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client();
        var set = await client.GetAsync("/culture/en?returnUrl=/units", Ct);
        set.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        set.Headers.Location!.ToString().ShouldBe("/units");

        var english = await HtmlAsync(client, "/units");
        english.ShouldContain("lang=\"en\"");
        english.ShouldContain("Directory");

        await client.GetAsync("/culture/zh-CN", Ct);
        (await HtmlAsync(client, "/units")).ShouldContain("单位目录");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_directory_page_sorts_and_pages_with_links(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client();
        var html = await HtmlAsync(client, "/units?kind=DevelopmentZone&sort=-code");

        var codes = CodeCell().Matches(html).Select(m => m.Groups[1].Value).ToList();
        codes.ShouldBe(["4101D4", "4101D3", "4101D2", "4101D1"]);
        html.ShouldContain("aria-sort=\"descending\"");

        var page2 = await HtmlAsync(client, "/units?pageSize=10&page=2");
        page2.ShouldContain("rel=\"prev\"");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_unit_page_shows_parent_and_block_and_an_unknown_one_is_404(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client();
        var html = await HtmlAsync(client, "/units/410181");
        html.ShouldContain("巩义市");
        html.ShouldContain("六县（市）、上街区");

        (await client.GetAsync("/units/000000", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_WD_2_the_calendar_page_counts_working_days(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client();
        // Shared README example 6: 02-13 Fri #1; 02-14 Sat make-up #2; 02-15..23 off; 02-24, 25, 26 #3–5.
        var html = await HtmlAsync(client, "/calendar?year=2026&from=2026-02-12&n=5");
        html.ShouldContain("<strong>2026-02-26</strong>");
        // The year view marks 2026-02-14 (a make-up Saturday) as such.
        html.ShouldContain("class=\"makeup\" title=\"春节\">14<");

        var bad = await HtmlAsync(client, "/calendar?from=2026-13-01&n=5");
        bad.ShouldContain("role=\"alert\"");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_api_page_lists_every_api_endpoint_with_its_access(TestDatabase database)
    {
        var html = await HtmlAsync((await fixture.App(database)).Client(), "/api");
        html.ShouldContain("/api/v1/kernel/units/{code}");
        html.ShouldContain("/api/v1/kernel/calendar/years");
        html.ShouldContain("管理员");
        html.ShouldContain("/openapi/v1.json");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_openapi_document_describes_the_api(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client();
        var doc = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/openapi/v1.json", Ct);
        var paths = doc.GetProperty("paths");
        paths.TryGetProperty("/api/v1/kernel/units", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/kernel/checks/credit-code", out _).ShouldBeTrue();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Admin_pages_send_anonymous_users_to_sign_in(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client();
        foreach (var url in new[] { "/admin/units/new", "/admin/calendar/import" })
        {
            var response = await client.GetAsync(url, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().ShouldContain("/account/sign-in");
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_UNITS_the_new_street_form_shows_Chinese_messages_and_saves_a_good_one(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client(TestSignIn.Admin);
        Dictionary<string, string> Post(string code, string name) => new()
        {
            ["Input.ParentCode"] = "410181",
            ["Input.Kind"] = "Township",
            ["Input.Code"] = code,
            ["Input.Name"] = name,
        };

        var refused = await client.PostFormAsync("/admin/units/new", Post("41018", "测试镇"));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("代码应为上级代码 410181 加 3 位数字");

        var saved = await client.PostFormAsync("/admin/units/new", Post("410181901", "测试镇"));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Headers.Location!.ToString().ShouldBe("/units/410181901");
        (await HtmlAsync(client, "/units/410181901")).ShouldContain("测试镇");
    }

    [GeneratedRegex("<td><code>([0-9A-Z-]+)</code></td>")]
    private static partial Regex CodeCell();
}
