using static Zhili.Hotline.Tests.Hotline;
using static Zhili.Hotline.Tests.IntakeKit;

namespace Zhili.Hotline.Tests;

/// <summary>H-FLOW: a co-handling unit (协办单位) sees the appeal and adds notes; only the lead unit replies; others get 404.</summary>
public sealed class CoHandlingTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_a_co_handling_unit_sees_the_appeal_and_adds_notes_but_only_the_lead_unit_replies(TestDatabase database)
    {
        var app = await fixture.App(database);
        var id = await app.ReceiveAsync();
        await app.AssignAsync(id, "410103", "410105"); // lead 二七区, co-handling 金水区
        var jinshui = app.Client(Jinshui);

        (await jinshui.GetAsync(id)).Str("unitCode").ShouldBe("410103");
        (await jinshui.GetFromJsonAsync<JsonElement>($"{Appeals}?pageSize=200", Ct)).Items().Select(e => e.Id()).ShouldContain(id);
        var coPage = await jinshui.GetStringAsync($"/hotline/appeals/{id}", Ct);
        coPage.ShouldContain("本单位为协办单位");
        coPage.ShouldNotContain("handler=Reply");
        coPage.ShouldContain("handler=Note");
        (await app.Client(Erqi).GetStringAsync($"/hotline/appeals/{id}", Ct)).ShouldContain("handler=Reply");

        var noted = await jinshui.PostOk($"{Appeals}/{id}/notes", new { text = "金水区已派执法队员协助" });
        var note = noted.GetProperty("events").Items().Last();
        note.Str("kind").ShouldBe("note");
        note.Str("unitCode").ShouldBe("410105");
        note.Str("actor").ShouldBe("jinshui.test");

        await jinshui.PostRefused($"{Appeals}/{id}/reply", new { text = "协办单位答复" }, "unitCode", "H-FLOW");
        await jinshui.PostRefused($"{Appeals}/{id}/return", new { reason = "协办单位回退" }, "unitCode", "H-FLOW");
        await jinshui.PostRefused($"{Appeals}/{id}/extensions", new { reason = "协办单位延期", workingDays = 3 }, "unitCode", "H-FLOW");
        var unchanged = await app.Client(Office).GetAsync(id);
        unchanged.Str("state").ShouldBe("Assigned");
        unchanged.Str("reply").ShouldBeNull();
        unchanged.GetProperty("extensions").GetArrayLength().ShouldBe(0);

        var zhongyuan = app.Client(Zhongyuan);
        (await zhongyuan.GetAsync($"{Appeals}/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await zhongyuan.PostStatus($"{Appeals}/{id}/notes", new { text = "越权记录" })).ShouldBe(HttpStatusCode.NotFound);
        (await zhongyuan.GetAsync($"/hotline/appeals/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await zhongyuan.GetFromJsonAsync<JsonElement>($"{Appeals}?pageSize=200", Ct)).Items().Select(e => e.Id()).ShouldNotContain(id);

        (await app.Client(Erqi).PostOk($"{Appeals}/{id}/reply", new { text = "已会同金水区清理" })).Str("state").ShouldBe("Replied");
        await jinshui.PostOk($"{Appeals}/{id}/notes", new { text = "协办情况补充" }); // notes stay open after the reply
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_a_co_handling_unit_loses_sight_of_the_appeal_when_it_is_reassigned_without_it(TestDatabase database)
    {
        var app = await fixture.App(database);
        var id = await app.ReceiveAsync();
        await app.AssignAsync(id, "410103", "410105", "410100-CGJ");
        var cgj = app.Client("chengguan.test;department;410100-CGJ");
        (await cgj.GetAsync(id)).Str("state").ShouldBe("Assigned");
        await app.Client(Office).PostOk($"{Appeals}/{id}/reassign", new { unitCode = "410103", coUnitCodes = new[] { "410100-CGJ" } });
        (await app.Client(Jinshui).GetAsync($"{Appeals}/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await cgj.GetAsync(id)).Str("state").ShouldBe("Assigned");
        await app.Client(Office).PostOk($"{Appeals}/{id}/reassign", new { unitCode = "410103" });
        (await cgj.GetAsync($"{Appeals}/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
