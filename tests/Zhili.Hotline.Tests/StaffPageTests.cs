using System.Text.RegularExpressions;
using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>The staff's appeal page: the history as sentences, units picked by name, and only the moves open to the reader.</summary>
public sealed partial class StaffPageTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    private const string Api = "/api/v1/hotline/appeals";

    private static readonly string[] InternalNames =
    [
        "received", "assigned", "reassigned", "returned", "replied", "callback", "reopened", "closed", "extension-applied",
        "extension-approved", "extension-refused", "supervision-opened", "supervision-escalated", "deadline-warning", "Phone", " · ",
    ];

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_the_history_reads_as_sentences_in_either_language_naming_people_by_display_name(TestDatabase database)
    {
        var app = await fixture.App(database);
        await app.AccountAsync(Office, "李督办");
        await app.AccountAsync(Erqi, "周二七");
        app.At(2026, 4, 1, 9, 12);
        var id = await app.ReceiveAsync();
        await app.AssignAsync(id, "410103", "410105");
        app.At(2026, 4, 1, 10, 5);
        var applied = await app.Client(Erqi).PostOk($"{Api}/{id}/extensions", new { reason = "需协调市政部门", workingDays = 3 });
        var office = app.Client(Office);
        await office.PostOk($"{Api}/{id}/extensions/{applied.GetProperty("extensions")[0].Id()}/approve", new { workingDays = 3, citizenNotice = "电话告知" });
        await office.PostOk($"{Api}/{id}/supervision", new { level = "General", reason = "群众反映强烈" });

        var history = Timeline(await office.GetStringAsync($"/hotline/appeals/{id}", Ct));
        history.ShouldContain("2026-04-01 09:12</time> 市长电话室 李督办 受理诉求（电话）");
        history.ShouldContain("2026-04-01 09:12</time> 市长电话室 李督办 交办至 二七区，协办单位：金水区");
        history.ShouldContain("二七区 周二七 申请延期 3 个工作日，理由：需协调市政部门");
        history.ShouldContain("市长电话室 李督办 批准延期 3 个工作日");
        history.ShouldContain("市长电话室 李督办 启动一般督办，理由：群众反映强烈");
        InternalNames.ShouldAllBe(name => !history.Contains(name, StringComparison.Ordinal));
        history.ShouldNotContain("office.test");
        history.ShouldNotContain("erqi.test");
        // The district reads the office's moves by the person's name too, though the office's account lies outside its scope.
        Timeline(await app.Client(Erqi).GetStringAsync($"/hotline/appeals/{id}", Ct)).ShouldContain("市长电话室 李督办 交办至 二七区");
        // A person without an account (closed since, or a test user here) keeps their user name.
        var other = await app.Client("office2.test;city-office;410100-SZDHS").PostOk(Api, NewAppeal());
        Timeline(await office.GetStringAsync($"/hotline/appeals/{other.Id()}", Ct)).ShouldContain("市长电话室 office2.test 受理诉求（电话）");

        (await office.GetAsync($"/culture/en?returnUrl=/hotline/appeals/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var english = Timeline(await office.GetStringAsync($"/hotline/appeals/{id}", Ct));
        english.ShouldContain("市长电话室 李督办 received the appeal (Phone)");
        english.ShouldContain("市长电话室 李督办 assigned it to 二七区, co-handling: 金水区");
        english.ShouldContain("二七区 周二七 applied for an extension of 3 working days; reason: 需协调市政部门");
        english.ShouldContain("市长电话室 李督办 opened General supervision; reason: 群众反映强烈");
        english.ShouldNotContain("交办至");
        english.ShouldNotContain("extension-approved");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_the_unit_picker_offers_the_office_districts_and_departments_and_a_district_its_streets(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.At(2026, 4, 1, 9);
        foreach (var (code, name, parent) in new[] { ("410105901", "测试一街道", "410105"), ("410105902", "测试二街道", "410105"), ("410103901", "二七测试街道", "410103") })
        {
            (await app.Client(TestSignIn.Admin).PostAsJsonAsync("/api/v1/kernel/units", new { code, name, parentCode = parent, kind = "Street" }, Ct))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var office = Codes(await app.Client(Office).GetFromJsonAsync<JsonElement>("/api/v1/hotline/units/assignable", Ct));
        office.ShouldContain("410103");
        office.ShouldContain("4101D1");
        office.ShouldContain("410100-MZJ");
        office.ShouldNotContain("410100-SZDHS"); // the office does not assign to itself
        office.ShouldNotContain("410105901"); // streets are the district's to choose
        office.ShouldNotContain("410100");
        Codes(await app.Client(Jinshui).GetFromJsonAsync<JsonElement>("/api/v1/hotline/units/assignable", Ct)).ShouldBe(["410105901", "410105902"]);
        Codes(await app.Client(Jinshui).GetFromJsonAsync<JsonElement>("/api/v1/hotline/units/assignable?q=测试二", Ct)).ShouldBe(["410105902"]);

        // The appeal page's picker offers the same units, by name, and posts the code chosen.
        var id = await app.ReceiveAsync();
        var page = $"/hotline/appeals/{id}";
        var html = await app.Client(Office).GetStringAsync(page, Ct);
        var picker = Regex.Match(html, "<select name=\"unitCode\"[^>]*>(.*?)</select>", RegexOptions.Singleline).Groups[1].Value;
        Options().Matches(picker).Select(m => m.Groups[1].Value).Where(v => v != "").ShouldBe(office, ignoreOrder: true);
        picker.ShouldContain(">二七区</option>");
        html.ShouldNotContain("承办单位代码");
        var posted = await app.Client(Office).PostFormAsync(page, new Dictionary<string, string>
        {
            ["version"] = Regex.Match(html, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value, ["unitCode"] = "410103", ["coUnits"] = "410105",
        }, $"{page}?handler=Assign");
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync(Ct));
        var assigned = await app.Client(Office).GetAsync(id);
        (assigned.Str("unitCode"), assigned.GetProperty("coUnitCodes")[0].GetString()).ShouldBe(("410103", "410105"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_the_appeal_page_offers_each_reader_exactly_the_moves_open_now(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.At(2026, 4, 1, 9);
        var id = await app.ReceiveAsync();
        var page = $"/hotline/appeals/{id}";
        var (office, erqi, jinshui) = (app.Client(Office), app.Client(Erqi), app.Client(Jinshui));
        (await Actions(office, page)).ShouldBe(["Assign", "Close", "Supervise"], ignoreOrder: true);

        await app.AssignAsync(id, "410103", "410105");
        (await Actions(erqi, page)).ShouldBe(["Reply", "Note", "Return", "Extension"], ignoreOrder: true);
        (await Actions(jinshui, page)).ShouldBe(["Note"]); // co-handling: reads and notes (H-FLOW)
        (await Actions(office, page)).ShouldBe(["Reassign", "Note", "Supervise"], ignoreOrder: true);

        var applied = await erqi.PostOk($"{Api}/{id}/extensions", new { reason = "需协调市政部门", workingDays = 3 });
        (await Actions(erqi, page)).ShouldBe(["Reply", "Note", "Return"], ignoreOrder: true);
        (await Actions(office, page)).ShouldBe(["Reassign", "Note", "Approve", "Refuse", "Supervise"], ignoreOrder: true);

        // The approval states the deadline it will set before the click, and sets that one.
        var before = (await office.GetStringAsync(page, Ct));
        var promised = Regex.Match(before, "办理期限由 [0-9-]+ 24:00 改为 ([0-9-]+) 24:00").Groups[1].Value;
        await office.PostOk($"{Api}/{id}/extensions/{applied.GetProperty("extensions")[0].Id()}/approve", new { workingDays = 3, citizenNotice = "电话告知" });
        var due = (await office.GetAsync(id)).Deadline();
        promised.ShouldBe($"{Kernel.Civil.DateOf(due.AddTicks(-1)):yyyy-MM-dd}");

        app.At(2026, 4, 8, 9); // past the return window of 2 working days (04-02, 04-03); a new extension may be applied for
        (await Actions(erqi, page)).ShouldBe(["Reply", "Note", "Extension"], ignoreOrder: true);
        await erqi.PostOk($"{Api}/{id}/reply", new { text = "已清理摊点" });
        (await Actions(erqi, page)).ShouldBe(["Note"]);
        (await Actions(office, page)).ShouldBe(["Note", "Supervise", "Callback"], ignoreOrder: true);
        await office.PostOk($"{Api}/{id}/callback", new { satisfaction = "Unsatisfied" });
        (await Actions(office, page)).ShouldBe(["Note", "Supervise", "Reopen", "Close"], ignoreOrder: true);
        (await Actions(erqi, page)).ShouldBe(["Note"]);
    }

    private static async Task<List<string>> Actions(HttpClient client, string page) =>
        Action().Matches(await client.GetStringAsync(page, Ct)).Select(m => m.Groups[1].Value).ToList();

    private static string Timeline(string html) => Regex.Match(html, "<ol class=\"timeline\">(.*?)</ol>", RegexOptions.Singleline).Groups[1].Value;

    private static List<string> Codes(JsonElement units) => units.EnumerateArray().Select(u => u.GetProperty("code").GetString()!).ToList();

    [GeneratedRegex("data-action=\"(\\w+)\"")]
    private static partial Regex Action();

    [GeneratedRegex("<option[^>]* value=\"([^\"]*)\"")]
    private static partial Regex Options();
}
