using System.Text.RegularExpressions;
using static Zhili.Hotline.Tests.Hotline;
using static Zhili.Hotline.Tests.Streets;

namespace Zhili.Hotline.Tests;

/// <summary>The street stage has what the district stage has: history sentences, inbox notices, notes, deadline warnings (docs/street-level.md).</summary>
public sealed class StreetStageTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    private const string Admin = "admin.test;admin;410100";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_every_street_event_reads_as_a_sentence_in_Chinese_and_in_English(TestDatabase database)
    {
        var app = await fixture.App(database);
        await app.AddStreetsAsync();
        var id = await app.AssignedToErqiAsync();
        await app.PassDownAsync(id, Erqi1);
        await app.Client(Street1).PostOk($"{Api}/{id}/street/reply", new { text = "已处理" });
        await app.Client(Erqi).PostOk($"{Api}/{id}/street/review", new { accept = false, text = "请写明处理结果" });
        await app.Client(Street1).PostOk($"{Api}/{id}/street/reply", new { text = "摊贩已清理，设置了隔离栏" });
        await app.Client(Erqi).PostOk($"{Api}/{id}/street/review", new { accept = true, text = "经街道核实，摊贩已清理" });
        var other = await app.AssignedToErqiAsync();
        await app.PassDownAsync(other, Erqi1);
        await app.Client(Street1).PostOk($"{Api}/{other}/street/return", new { reason = "不在本街道辖区" });
        await app.PassDownAsync(other, Erqi2, "2025-06-16");
        await app.Client(Office).PostOk($"{Api}/{other}/reassign", new { unitCode = "410105", coUnitCodes = Array.Empty<string>() });

        var office = app.Client(Office);
        var first = Timeline(await office.GetStringAsync($"/hotline/appeals/{id}", Ct));
        first.ShouldContain("二七区 erqi.test 转 淮河路街道 办理，转办意见：请街道核实处理");
        first.ShouldContain("淮河路街道 street1.test 答复区级：已处理");
        first.ShouldContain("二七区 erqi.test 退回街道重办，理由：请写明处理结果");
        first.ShouldContain("二七区 erqi.test 审核通过街道的答复");
        var second = Timeline(await office.GetStringAsync($"/hotline/appeals/{other}", Ct));
        second.ShouldContain("淮河路街道 street1.test 回退至区级，理由：不在本街道辖区");
        second.ShouldContain("市长电话室 office.test 改派，撤回 解放路街道 的办理");
        foreach (var history in new[] { first, second })
        {
            history.ShouldNotContain("street-");
            history.ShouldNotContain("410103901");
        }

        (await office.GetAsync($"/culture/en?returnUrl=/hotline/appeals/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var english = Timeline(await office.GetStringAsync($"/hotline/appeals/{id}", Ct));
        english.ShouldContain("二七区 erqi.test passed it down to 淮河路街道; instructions: 请街道核实处理");
        english.ShouldContain("淮河路街道 street1.test replied to the district: 已处理");
        english.ShouldContain("二七区 erqi.test sent the reply back to the street; reason: 请写明处理结果");
        english.ShouldContain("二七区 erqi.test accepted the street's reply");
        var englishSecond = Timeline(await office.GetStringAsync($"/hotline/appeals/{other}", Ct));
        englishSecond.ShouldContain("淮河路街道 street1.test returned it to the district; reason: 不在本街道辖区");
        englishSecond.ShouldContain("市长电话室 office.test reassigned it, withdrawing it from 解放路街道");
        english.ShouldNotContain("转 淮河路街道");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_a_streets_reply_and_return_reach_the_districts_inbox_and_no_other(TestDatabase database)
    {
        var app = await fixture.App(database);
        await app.AddStreetsAsync();
        var id = await app.AssignedToErqiAsync();
        var number = (await app.PassDownAsync(id, Erqi1)).Str("trackingNumber");
        await app.Client(Street1).PostOk($"{Api}/{id}/street/reply", new { text = "已联系城管中队清理" });
        var other = await app.AssignedToErqiAsync();
        var otherNumber = (await app.PassDownAsync(other, Erqi1)).Str("trackingNumber");
        await app.Client(Street1).PostOk($"{Api}/{other}/street/return", new { reason = "不在本街道辖区" });

        var district = await Inbox(app, Erqi);
        var replied = district.Single(i => i.Str("title") == $"淮河路街道已答复，请审核：诉求 {number}");
        (replied.Str("body"), replied.Str("link"), replied.Str("unitCode")).ShouldBe(("已联系城管中队清理", $"/hotline/appeals/{id}", "410103"));
        district.ShouldContain(i => i.Str("title") == $"淮河路街道已回退：诉求 {otherNumber}" && i.Str("body") == "回退理由：不在本街道辖区");
        // The district's notices are not the street's, nor another district's.
        (await Inbox(app, Street1)).ShouldNotContain(i => i.Str("title")!.Contains("请审核", StringComparison.Ordinal));
        (await Inbox(app, Jinshui)).ShouldNotContain(i => i.Str("title")!.Contains(number!, StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_a_street_notes_its_stage_internally_and_another_street_cannot(TestDatabase database)
    {
        var app = await fixture.App(database);
        await app.AddStreetsAsync();
        var id = await app.AssignedToErqiAsync();
        var number = (await app.PassDownAsync(id, Erqi1)).Str("trackingNumber");

        var noted = await app.Client(Street1).PostOk($"{Api}/{id}/notes", new { text = "已约城管中队明早现场查看" });
        var note = noted.GetProperty("events").EnumerateArray().Single(e => e.Str("kind") == "note");
        (note.Str("unitCode"), note.Str("actor")).ShouldBe((Erqi1, "street1.test"));
        Timeline(await app.Client(Erqi).GetStringAsync($"/hotline/appeals/{id}", Ct)).ShouldContain("淮河路街道 street1.test 填写办理记录：已约城管中队明早现场查看");
        (await app.Client().GetStringAsync($"/api/v1/hotline/public/appeals/{number}", Ct)).ShouldNotContain("城管中队"); // internal
        (await app.Client(Street2).PostAsJsonAsync($"{Api}/{id}/notes", new { text = "越权记录" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Once the street has replied, its stage waits for the district: no more street notes.
        await app.Client(Street1).PostOk($"{Api}/{id}/street/reply", new { text = "已清理" });
        await app.Client(Street1).PostRefused($"{Api}/{id}/notes", new { text = "补充" }, "streetState", "H-FLOW");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_SLA_the_street_is_warned_before_its_deadline_and_marked_overdue_after_it_once(TestDatabase database)
    {
        var app = await fixture.App(database);
        await app.AddStreetsAsync();
        var id = await app.AssignedToErqiAsync();
        var number = (await app.PassDownAsync(id, Erqi1, "2025-06-13")).Str("trackingNumber"); // Friday; the district's is 06-17

        app.At(2025, 6, 11, 9); // Wednesday: the next working day is 06-12, the street's deadline 06-13 is 2 days away
        await RunJob(app);
        (await Kinds(app, id)).ShouldNotContain("street-deadline-warning");

        app.At(2025, 6, 12, 9); // Thursday: 1 working day left for the street, 3 for the district
        await RunJob(app);
        app.At(2025, 6, 12, 9, 10);
        await RunJob(app);
        var kinds = await Kinds(app, id);
        kinds.Count(k => k == "street-deadline-warning").ShouldBe(1);
        kinds.ShouldNotContain("deadline-warning");
        (await Inbox(app, Street1)).ShouldContain(i => i.Str("title") == $"诉求 {number} 距街道办理期限不足 1 个工作日");

        app.At(2025, 6, 14, 0, 10); // past 06-13 24:00
        await RunJob(app);
        app.At(2025, 6, 14, 0, 20);
        await RunJob(app);
        (await Kinds(app, id)).Count(k => k == "street-overdue").ShouldBe(1);
        (await Inbox(app, Street1)).ShouldContain(i => i.Str("title") == $"诉求 {number} 街道办理已超期");
        (await Inbox(app, Erqi)).ShouldContain(i => i.Str("title") == $"诉求 {number} 街道办理已超期（承办街道 {Erqi1}）");
        var history = Timeline(await app.Client(Erqi).GetStringAsync($"/hotline/appeals/{id}", Ct));
        history.ShouldContain("系统 提醒：距街道办理期限（2025-06-13 24:00）不足 1 个工作日");
        history.ShouldContain("系统 标记街道超期：已超过街道办理期限（2025-06-13 24:00）");
        (await app.Client(Office).GetAsync(id)).Str("state").ShouldBe("Assigned"); // the district's own deadline still runs
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_EXT_a_street_applies_for_no_extension_it_returns_and_the_district_applies_and_passes_down_again(TestDatabase database)
    {
        var app = await fixture.App(database);
        await app.AddStreetsAsync();
        var id = await app.AssignedToErqiAsync();
        await app.PassDownAsync(id, Erqi1);

        await app.Client(Street1).PostRefused($"{Api}/{id}/extensions", new { reason = "需协调市政部门", workingDays = 3 }, "unitCode", "H-EXT");
        (await app.Client(Office).GetAsync(id)).GetProperty("extensions").GetArrayLength().ShouldBe(0);

        await app.Client(Street1).PostOk($"{Api}/{id}/street/return", new { reason = "需协调市政部门，本街道期限内无法办结" });
        var applied = await app.Client(Erqi).PostOk($"{Api}/{id}/extensions", new { reason = "需协调市政部门", workingDays = 3 });
        var approved = await app.Client(Office).PostOk($"{Api}/{id}/extensions/{applied.GetProperty("extensions")[0].Id()}/approve",
            new { workingDays = 3, citizenNotice = "电话告知" });
        approved.Deadline().ShouldBe(EndOf(2025, 6, 20));
        var again = await app.PassDownAsync(id, Erqi1, "2025-06-19");
        again.GetProperty("streetStages").EnumerateArray().Last().GetProperty("deadlineAt").GetDateTime().ToUniversalTime().ShouldBe(EndOf(2025, 6, 19));
    }

    private static async Task RunJob(ZhiliFactory app) =>
        (await app.Client(Admin).PostAsync("/api/v1/jobs/hotline.deadlines/run", null, Ct)).EnsureSuccessStatusCode();

    private static async Task<List<string?>> Kinds(ZhiliFactory app, long id) => (await app.Client(Office).GetAsync(id)).Kinds();

    private static async Task<List<JsonElement>> Inbox(ZhiliFactory app, string user) =>
        [.. (await app.Client(user).GetFromJsonAsync<JsonElement>("/api/v1/identity/inbox?pageSize=100", Ct)).GetProperty("items").EnumerateArray()];

    /// <summary>The history as its page shows it, entities decoded.</summary>
    private static string Timeline(string html) =>
        WebUtility.HtmlDecode(Regex.Match(html, "<ol class=\"timeline\">(.*?)</ol>", RegexOptions.Singleline).Groups[1].Value);
}
