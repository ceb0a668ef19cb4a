using static Zhili.Hotline.Tests.Hotline;
using static Zhili.Hotline.Tests.Supervising;

namespace Zhili.Hotline.Tests;

/// <summary>H-LVL: a supervision covers one appeal or a group on the same problem; each appeal keeps its own level rule.</summary>
public sealed class SupervisionCaseTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_LVL_a_group_of_appeals_is_supervised_and_escalated_together(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        var (a1, a2, a3, alone) = (await app.ReceiveAsync(), await app.ReceiveAsync(), await app.ReceiveAsync(), await app.ReceiveAsync());
        await app.AssignAsync(a1, "410103");
        await app.AssignAsync(a2, "410103");
        await app.AssignAsync(a3, "410105");
        await app.AssignAsync(alone, "410105");
        await office.PostOk($"{Appeals}/{alone}/supervision", new { level = "General", reason = "单件督办" });

        var group = await office.PostOk(Cases, new { appealIds = new[] { a1, a2 }, level = "Special", reason = "同一路段多人反映摊贩占道" });
        var id = group.Id();
        group.Str("level").ShouldBe("Special");
        group.GetProperty("appeals").EnumerateArray().Select(a => a.GetProperty("appealId").GetInt64()).ShouldBe([a1, a2]);
        (await office.GetAsync(a1)).Str("supervisionLevel").ShouldBe("Special");
        (await office.GetAsync(a2)).GetProperty("supervisions")[0].GetProperty("caseId").GetInt64().ShouldBe(id);

        // Whole or nothing: an appeal already under supervision cannot join a second one, and the other stays unsupervised.
        var refused = await office.PostRefused(Cases, new { appealIds = new[] { a3, alone }, level = "Special", reason = "x" }, "appealIds", "H-LVL");
        refused.GetProperty("violations")[0].GetProperty("reason").GetString()!.ShouldContain("请升级督办");
        (await office.GetAsync(a3)).Str("supervisionLevel").ShouldBeNull();
        await office.PostRefused($"{Cases}/{id}/appeals", new { appealId = alone, reason = "并入" }, "appealIds", "H-LVL");

        await office.PostOk($"{Cases}/{id}/appeals", new { appealId = a3, reason = "同一问题" });
        (await office.GetAsync(a3)).Str("supervisionLevel").ShouldBe("Special");
        await office.PostRefused($"{Cases}/{id}/appeals", new { appealId = a3, reason = "再并入" }, "appealId", "H-LVL");

        // One level at a time, never down; escalating through one appeal takes the whole group up.
        await office.PostRefused($"{Cases}/{id}/escalate", new { level = "General", reason = "降级" }, "level", "H-LVL");
        await office.PostRefused($"{Appeals}/{a2}/supervision/escalate", new { level = "Special", reason = "同级" }, "level", "H-LVL");
        await office.PostOk($"{Appeals}/{a2}/supervision/escalate", new { level = "Key", reason = "专项督办效果不佳" });
        foreach (var a in new[] { a1, a2, a3 })
        {
            var appeal = await office.GetAsync(a);
            appeal.Str("supervisionLevel").ShouldBe("Key");
            appeal.GetProperty("supervisions")[0].GetProperty("escalations").EnumerateArray()
                .Select(e => $"{e.Str("from")}>{e.Str("to")} {e.Str("reason")}").ShouldBe(["Special>Key 专项督办效果不佳"]);
        }

        (await office.GetAsync(alone)).Str("supervisionLevel").ShouldBe("General");
        (await office.GetCaseAsync(id)).Str("level").ShouldBe("Key");
        var keyList = await office.GetFromJsonAsync<JsonElement>($"{Cases}?level=Key", Ct);
        keyList.GetProperty("items").EnumerateArray().Select(r => r.Id()).ShouldBe([id]);

        // Data scope: each district sees the case through its own appeals only; another district gets 404.
        (await app.Client(Erqi).GetCaseAsync(id)).GetProperty("appeals").EnumerateArray()
            .Select(a => a.GetProperty("appealId").GetInt64()).ShouldBe([a1, a2]);
        (await app.Client(Jinshui).GetCaseAsync(id)).GetProperty("appeals").EnumerateArray()
            .Select(a => a.GetProperty("appealId").GetInt64()).ShouldBe([a3]);
        (await app.Client(Zhongyuan).GetAsync($"{Cases}/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Client(Erqi).StatusOfPost($"{Cases}/{id}/escalate", new { level = "Key", reason = "x" })).ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_LVL_demo_mode_seeds_one_supervised_appeal_with_its_notice(TestDatabase database)
    {
        var app = await fixture.App(database, demo: true);
        var list = await app.Client(Office).GetFromJsonAsync<JsonElement>(Cases, Ct);
        var row = list.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        (row.Str("level"), row.Str("latestNotice")).ShouldBe(("Special", $"郑12345督〔{ZhiliFactory.DefaultNow.Year}〕1号"));
        var c = await app.Client(Jinshui).GetCaseAsync(row.Id());
        c.GetProperty("phoneFollowUps").GetArrayLength().ShouldBe(1);
        c.GetProperty("notices")[0].Str("responsiblePost").ShouldBe("LeaderInCharge");
    }
}
