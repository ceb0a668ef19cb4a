using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>H-LVL: 一般 → 专项 → 重点, one level at a time, never lowered while open, each escalation with why.</summary>
public sealed class SupervisionTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    private const string Api = "/api/v1/hotline/appeals";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_LVL_escalation_goes_one_level_at_a_time_and_never_down(TestDatabase database)
    {
        var app = await fixture.App(database);
        var id = await app.ReceiveAsync();
        await app.AssignAsync(id, "410103");
        var office = app.Client(Office);
        (await app.Client(Erqi).PostAsJsonAsync($"{Api}/{id}/supervision", new { level = "General", reason = "x" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await office.PostRefused($"{Api}/{id}/supervision/escalate", new { level = "Special", reason = "x" }, "level", "H-LVL");
        await office.PostOk($"{Api}/{id}/supervision", new { level = "General", reason = "群众多次来电" });
        await office.PostRefused($"{Api}/{id}/supervision", new { level = "Special", reason = "再开" }, "level", "H-LVL");
        await office.PostRefused($"{Api}/{id}/supervision/escalate", new { level = "Key", reason = "跳级" }, "level", "H-LVL");
        await office.PostRefused($"{Api}/{id}/supervision/escalate", new { level = "General", reason = "同级" }, "level", "H-LVL");
        await office.PostRefused($"{Api}/{id}/supervision/escalate", new { level = "Special", reason = "" }, "reason", "H-LVL");
        await office.PostOk($"{Api}/{id}/supervision/escalate", new { level = "Special", reason = "需城管、交警配合" });
        await office.PostRefused($"{Api}/{id}/supervision/escalate", new { level = "General", reason = "降级" }, "level", "H-LVL");
        var key = await office.PostOk($"{Api}/{id}/supervision/escalate", new { level = "Key", reason = "专项督办效果不佳" });
        key.Str("supervisionLevel").ShouldBe("Key");
        var s = key.GetProperty("supervisions")[0];
        s.Str("level").ShouldBe("Key");
        s.GetProperty("escalations").EnumerateArray().Select(e => $"{e.Str("from")}>{e.Str("to")} {e.Str("reason")}")
            .ShouldBe(["General>Special 需城管、交警配合", "Special>Key 专项督办效果不佳"]);
        key.GetProperty("events").EnumerateArray().Count(e => e.Str("kind") == "supervision-escalated").ShouldBe(2);
    }
}
