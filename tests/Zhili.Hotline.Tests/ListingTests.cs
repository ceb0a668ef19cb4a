using static Zhili.Hotline.Tests.Hotline;
using static Zhili.Hotline.Tests.Supervising;

namespace Zhili.Hotline.Tests;

/// <summary>H-FORM-5 挂牌督办: plan → report → write-off, or refusal with reasons and another round; steps in order only.</summary>
public sealed class ListingTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FORM_5_the_loop_runs_in_order_until_written_off(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        var erqi = app.Client(Erqi);
        app.At(2026, 6, 1, 9);
        var (_, id) = await app.SupervisedAsync("Special");
        var url = $"{Cases}/{id}/listing";
        await office.PostRefused(url, Listing(), "level", "H-FORM-5");
        await office.PostOk($"{Cases}/{id}/escalate", new { level = "Key", reason = "问题长期没有解决" });
        (await erqi.StatusOfPost(url, Listing())).ShouldBe(HttpStatusCode.Forbidden);

        var listed = await office.PostOk(url, Listing(workingDays: 10));
        var notice = listed.GetProperty("notices")[0];
        (notice.Str("number"), notice.Str("title"), notice.Str("responsiblePost"), notice.Str("responsiblePerson"))
            .ShouldBe(("郑12345督〔2026〕1号", "重点督办通知", "PrincipalLeader", "王强"));
        // From 06-01 (Mon): 06-02 #1 … 06-05 #4, 06-08 #5 … 06-12 #9, 06-15 Mon #10 (端午 06-19..21 comes later)
        notice.Utc("dueAt").ShouldBe(EndOf(2026, 6, 15));
        listed.GetProperty("listings")[0].Str("state").ShouldBe("AwaitingPlan");
        await office.PostRefused(url, Listing(), "state", "H-FORM-5");

        // Out of order: no report before the plan, no verdict before a report; only the unit files, only the office verifies.
        var early = await erqi.PostRefused($"{url}/report", new { text = "已整改" }, "state", "H-FORM-5");
        early.GetProperty("violations")[0].GetProperty("reason").GetString()!.ShouldContain("须先报送整改方案");
        await office.PostRefused($"{url}/write-off", new { note = "" }, "state", "H-FORM-5");
        await office.PostRefused($"{url}/refuse", new { reasons = "未整改" }, "state", "H-FORM-5");
        (await office.StatusOfPost($"{url}/plan", new { text = "代为报送" })).ShouldBe(HttpStatusCode.Forbidden);
        (await app.Client(Jinshui).StatusOfPost($"{url}/plan", new { text = "越权" })).ShouldBe(HttpStatusCode.NotFound);

        app.At(2026, 6, 3, 10);
        (await erqi.PostOk($"{url}/plan", new { text = "分三步整改：清理、护栏、值守" })).GetProperty("listings")[0].Str("state").ShouldBe("Rectifying");
        await office.PostRefused($"{url}/write-off", new { note = "" }, "state", "H-FORM-5");
        app.At(2026, 6, 10, 10);
        (await erqi.PostOk($"{url}/report", new { text = "摊点已清理，护栏已设置" })).GetProperty("listings")[0].Str("state").ShouldBe("AwaitingVerification");
        await erqi.PostRefused($"{url}/report", new { text = "再报" }, "state", "H-FORM-5");
        await erqi.PostRefused($"{url}/plan", new { text = "改方案" }, "state", "H-FORM-5");
        await office.PostRefused($"{url}/refuse", new { reasons = "" }, "reasons", "H-FORM-5");

        app.At(2026, 6, 11, 10);
        var refused = (await office.PostOk($"{url}/refuse", new { reasons = "夜间仍有摊点，值守未落实" })).GetProperty("listings")[0];
        (refused.Str("state"), refused.GetProperty("round").GetInt32()).ShouldBe(("Rectifying", 1));
        app.At(2026, 6, 12, 10);
        await erqi.PostOk($"{url}/plan", new { text = "修订方案：增加夜间值守" }); // a revised plan is allowed after a refusal
        app.At(2026, 6, 15, 10);
        await erqi.PostOk($"{url}/report", new { text = "夜间值守已落实，连续五日无摊点" });
        app.At(2026, 6, 16, 10);
        var done = (await office.PostOk($"{url}/write-off", new { note = "经现场核实，整改合格" })).GetProperty("listings")[0];
        (done.Str("state"), done.GetProperty("round").GetInt32()).ShouldBe(("WrittenOff", 2));
        done.Utc("writtenOffAt").ShouldBe(new DateTime(2026, 6, 16, 2, 0, 0, DateTimeKind.Utc));
        done.GetProperty("steps").EnumerateArray().Select(s => $"{s.Str("kind")}{s.GetProperty("round").GetInt32()}")
            .ShouldBe(["Listed0", "Plan0", "Report1", "Refused1", "Plan1", "Report2", "WrittenOff2"]);
        await erqi.PostRefused($"{url}/plan", new { text = "再报" }, "state", "H-FORM-5");
        await office.PostRefused($"{url}/refuse", new { reasons = "再核" }, "state", "H-FORM-5");
    }
}
