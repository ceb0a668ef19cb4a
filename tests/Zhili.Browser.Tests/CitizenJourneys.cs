using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Zhili.Browser.Tests;

/// <summary>
/// A citizen on a phone (375 px wide): finds the hotline's front door from the home page, submits an appeal, and follows
/// it to the reply, the extension notice and the callback, then reads the page in English (H-FLOW, H-EXT, K-MASK). The
/// staff's steps go through the API as the office and 中原区. No page the citizen opens scrolls sideways.
/// </summary>
public sealed partial class CitizenJourneys(BrowserApps apps) : IClassFixture<BrowserApps>
{
    private const string Api = "/api/v1/hotline/appeals";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_K_MASK_a_citizen_on_a_phone_submits_an_appeal_and_follows_it_to_its_reply(TestDatabase database)
    {
        var ct = TestContext.Current.CancellationToken;
        var (citizen, root) = await apps.PageAsync(database);
        await citizen.SetViewportSizeAsync(375, 812);
        await citizen.GotoAsync("/");
        await NoSidewaysScrollAsync(citizen);
        await citizen.ClickAsync("main a[href='/hotline/submit']");
        await citizen.FillAsync("#Input_CallerName", "欧阳明华");
        await citizen.FillAsync("#Input_CallerPhone", "13812345678");
        await citizen.SelectOptionAsync("#Input_Type", "Complaint");
        await citizen.SelectOptionAsync("#Input_CategoryCode", "110202");
        await citizen.FillAsync("#Input_Address", "中原区建设路桐柏路口");
        await citizen.FillAsync("#Input_Description", "路口三盏路灯连续一周不亮，夜间过马路很危险。");
        await NoSidewaysScrollAsync(citizen);
        await citizen.ClickAsync("form.form button[type=submit]");
        await citizen.WaitForURLAsync(StatusUrl());
        var number = new Uri(citizen.Url).Query.Split('=')[1];
        (await citizen.InnerTextAsync("main")).ShouldContain("承办单位尚未答复");
        await NoSidewaysScrollAsync(citizen);

        await HandleAsync(root, number, ct);

        await citizen.ReloadAsync();
        var status = await citizen.InnerTextAsync("main");
        status.ShouldContain("路灯已全部修复");
        status.ShouldContain("已电话告知诉求人");
        status.ShouldContain("满意");
        status.ShouldMatch(@"(?s).*办理期限延长至 \d{4}-\d{2}-\d{2} 24:00.*");
        status.ShouldNotContain("13812345678"); // K-MASK
        status.ShouldNotContain("欧阳明华");
        status.ShouldNotContain("H-");          // no rule ids for the public
        await NoSidewaysScrollAsync(citizen);

        await citizen.ClickAsync("header a[lang=en]");
        await citizen.WaitForSelectorAsync("html[lang=en]");
        (await citizen.InnerTextAsync("main")).ShouldContain("Reply of the handling unit");
        var chinese = await citizen.EvaluateAsync<string[]>(ChromeTexts);
        chinese.ShouldBeEmpty("Chinese left in the English page's chrome");
        await NoSidewaysScrollAsync(citizen);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Public_blacklist_and_gazette_pages_fit_a_phone(TestDatabase database)
    {
        var (page, _) = await apps.PageAsync(database);
        await page.SetViewportSizeAsync(375, 812);
        foreach (var url in new[] { "/hotline/citizens", "/hotline/status", "/blacklist", "/blacklist/defence", "/blacklist/objection", "/gazette",
                     "/gazette/rules", "/gazette/registries" })
        {
            await page.GotoAsync(url);
            await NoSidewaysScrollAsync(page);
        }
    }

    /// <summary>The office assigns to 中原区, which gets an extension (the citizen told), replies, and the office calls back.</summary>
    private static async Task HandleAsync(Uri root, string number, CancellationToken ct)
    {
        using var office = Staff(root, "office.test;city-office;410100-SZDHS");
        using var unit = Staff(root, "zhongyuan.test;district;410102");
        var found = await office.GetFromJsonAsync<JsonElement>($"{Api}?q={number}", ct);
        var id = found.GetProperty("items")[0].GetProperty("id").GetInt64();
        await OkAsync(office, $"{Api}/{id}/assign", new { unitCode = "410102" }, ct);
        var applied = await OkAsync(unit, $"{Api}/{id}/extensions", new { reason = "需更换地下线缆", workingDays = 3 }, ct);
        var extension = applied.GetProperty("extensions")[0].GetProperty("id").GetInt64();
        await OkAsync(office, $"{Api}/{id}/extensions/{extension}/approve", new { workingDays = 3, citizenNotice = "已电话告知诉求人：办理期限延长 3 个工作日。" }, ct);
        await OkAsync(unit, $"{Api}/{id}/reply", new { text = "路灯已全部修复，感谢您的反映。" }, ct);
        await OkAsync(office, $"{Api}/{id}/callback", new { satisfaction = "Satisfied" }, ct);
    }

    private static HttpClient Staff(Uri root, string user)
    {
        var client = new HttpClient { BaseAddress = root };
        client.DefaultRequestHeaders.Add(TestSignIn.Header, user);
        return client;
    }

    private static async Task<JsonElement> OkAsync(HttpClient client, string url, object body, CancellationToken ct)
    {
        var response = await client.PostAsJsonAsync(url, body, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        response.IsSuccessStatusCode.ShouldBeTrue($"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>The page is no wider than the window: nothing makes it scroll sideways.</summary>
    private static async Task NoSidewaysScrollAsync(IPage page)
    {
        var size = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        size[0].ShouldBeLessThanOrEqualTo(size[1], $"{page.Url} is {size[0]} px wide in a {size[1]} px window");
    }

    /// <summary>
    /// The texts of the page's chrome and labels (header, crumbs, headings, field names, timeline, footer) that hold Chinese,
    /// leaving out what is Chinese on purpose (marked lang=zh-CN, or hidden from readers) and the data (values, replies).
    /// </summary>
    private const string ChromeTexts = """
        () => Array.from(document.querySelectorAll('header.top a, header.top button, nav.crumbs li, main h1, main h2, main dt, main label, main button, main .timeline li, main .answer > p:first-child, footer'))
            .filter(e => !e.closest('[lang="zh-CN"], [aria-hidden="true"]'))
            .map(e => Array.from(e.childNodes).filter(n => n.nodeType === 3 || !n.closest('[lang="zh-CN"], [aria-hidden="true"]')).map(n => n.textContent).join(''))
            .filter(t => /[\u4e00-\u9fff]/.test(t))
        """;

    [GeneratedRegex(@"/hotline/status\?number=HL\d{6}[2-9A-Z]{8}$")]
    private static partial Regex StatusUrl();
}
