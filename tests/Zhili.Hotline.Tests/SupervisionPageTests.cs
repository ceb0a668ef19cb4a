using static Zhili.Hotline.Tests.Hotline;
using static Zhili.Hotline.Tests.Supervising;

namespace Zhili.Hotline.Tests;

/// <summary>The supervision section of the appeal page, the case page's forms, and the office's list of open supervisions.</summary>
public sealed class SupervisionPageTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FORM_the_appeal_page_lists_the_records_and_takes_the_forms(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.At(2026, 4, 1, 9);
        var (appeal, id) = await app.SupervisedAsync("Special");
        var office = app.Client(Office);
        var number = (await office.PostOk($"{Cases}/{id}/notices", Notice())).GetProperty("notices")[0].Str("number")!;
        app.At(2026, 4, 1, 10);
        var page = $"/hotline/appeals/{appeal}";
        var html = await office.GetStringAsync(page, Ct);
        html.ShouldContain($"/hotline/supervisions/{id}\"");
        html.ShouldContain(number);
        html.ShouldContain($"/api/v1/hotline/supervisions/{id}/notices/");
        html.ShouldContain($"/hotline/supervisions/{id}?handler=Phone");
        html.ShouldContain($"/hotline/supervisions/{id}?handler=Meeting");

        // An office form posted from the appeal page comes back to it.
        var posted = await office.PostFormAsync(page, new Dictionary<string, string>
        {
            ["unitCode"] = "410103", ["calledAt"] = "2026-04-01T09:30", ["caller"] = "王芳", ["contact"] = "二七区城管局 张科长",
            ["agreed"] = "当日下午清理摊点", ["returnUrl"] = page,
        }, $"/hotline/supervisions/{id}?handler=Phone");
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        posted.Headers.Location!.ToString().ShouldBe(page);
        (await office.GetCaseAsync(id)).GetProperty("phoneFollowUps")[0].Utc("calledAt").ShouldBe(new DateTime(2026, 4, 1, 1, 30, 0, DateTimeKind.Utc));
        (await office.GetStringAsync(page, Ct)).ShouldContain("当日下午清理摊点");

        // A refusal shows its reason and rule on the case page, and nothing is recorded.
        var refused = await office.PostFormAsync(page, new Dictionary<string, string>
        {
            ["heldAt"] = "2026-04-01T09:45", ["place"] = "会议室", ["unitCodes"] = "410103,410100-BB", ["audioVideoRecorded"] = "true",
            ["minutes"] = "纪要", ["duties[0].UnitCode"] = "410103", ["duties[0].Duty"] = "清理", ["duties[0].WorkingDays"] = "3", ["returnUrl"] = page,
        }, $"/hotline/supervisions/{id}?handler=Meeting");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await refused.Content.ReadAsStringAsync(Ct);
        body.ShouldContain("协调会须有编制部门");
        body.ShouldContain("H-FORM-3");
        (await office.GetCaseAsync(id)).GetProperty("meetings").GetArrayLength().ShouldBe(0);

        // The handling unit sees the reply form, not the office's, and replies through the page.
        var erqi = app.Client(Erqi);
        var unitHtml = await erqi.GetStringAsync(page, Ct);
        unitHtml.ShouldContain($"/hotline/supervisions/{id}?handler=Reply");
        unitHtml.ShouldNotContain($"/hotline/supervisions/{id}?handler=Phone");
        var noticeId = (await office.GetCaseAsync(id)).GetProperty("notices")[0].Id();
        var reply = await erqi.PostFormAsync(page, new Dictionary<string, string>
        {
            ["noticeId"] = $"{noticeId}", ["text"] = "已清理", ["signedBy"] = "李明", ["sealed"] = "true", ["returnUrl"] = page,
        }, $"/hotline/supervisions/{id}?handler=Reply");
        reply.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await office.GetCaseAsync(id)).GetProperty("notices")[0].Str("signedBy").ShouldBe("李明");
        var forbidden = await erqi.PostFormAsync(page, new Dictionary<string, string> { ["caller"] = "x" }, $"/hotline/supervisions/{id}?handler=Phone");
        forbidden.Headers.Location!.ToString().ShouldContain("/account/denied");
        (await app.Client(Jinshui).GetAsync($"/hotline/supervisions/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_LVL_the_office_lists_open_supervisions_by_level_and_opens_one_over_a_group(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.At(2026, 4, 1, 9);
        var (_, key) = await app.SupervisedAsync("Key");
        var (_, general) = await app.SupervisedAsync("General", "410105");
        var (closedAppeal, closed) = await app.SupervisedAsync("Special");
        var office = app.Client(Office);
        await office.PostOk($"{Appeals}/{closedAppeal}/reply", new { text = "已处理" });
        await office.PostOk($"{Appeals}/{closedAppeal}/callback", new { satisfaction = "Satisfied" });
        await office.PostOk($"{Appeals}/{closedAppeal}/close", new { reason = "Resolved" });

        var html = await office.GetStringAsync("/hotline/supervisions", Ct);
        html.ShouldContain("重点督办（1）");
        html.ShouldContain("专项督办（0）");
        html.ShouldContain("一般督办（1）");
        html.IndexOf($"/hotline/supervisions/{key}\"", StringComparison.Ordinal)
            .ShouldBeLessThan(html.IndexOf($"/hotline/supervisions/{general}\"", StringComparison.Ordinal));
        html.ShouldNotContain($"/hotline/supervisions/{closed}\"");
        (await office.GetStringAsync("/hotline/supervisions?level=General", Ct)).ShouldNotContain($"/hotline/supervisions/{key}\"");
        var denied = await app.Client(Erqi).GetAsync("/hotline/supervisions", Ct);
        denied.Headers.Location!.ToString().ShouldContain("/account/denied");

        // 合并督办 from the list page: two appeals by tracking number.
        var one = await app.ReceiveAsync();
        var two = await app.ReceiveAsync();
        await app.AssignAsync(one, "410103");
        await app.AssignAsync(two, "410105");
        var numbers = $"{(await office.GetAsync(one)).Str("trackingNumber")}，{(await office.GetAsync(two)).Str("trackingNumber")}";
        var opened = await office.PostFormAsync("/hotline/supervisions", new Dictionary<string, string>
        {
            ["trackingNumbers"] = numbers, ["level"] = "Special", ["reason"] = "同一区域多件诉求",
        }, "/hotline/supervisions?handler=Open");
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var caseId = (await office.GetAsync(one)).GetProperty("supervisions")[0].GetProperty("caseId").GetInt64();
        opened.Headers.Location!.ToString().ShouldBe($"/hotline/supervisions/{caseId}");
        (await office.GetAsync(two)).GetProperty("supervisions")[0].GetProperty("caseId").GetInt64().ShouldBe(caseId);
    }
}
