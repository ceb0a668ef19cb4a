using static Zhili.Hotline.Tests.Hotline;
using static Zhili.Hotline.Tests.Supervising;

namespace Zhili.Hotline.Tests;

/// <summary>
/// One complaint through three-level supervision across 清明 (2026-04-04..06 off) and 劳动节 (05-01..05 off, Saturday 05-09 a
/// make-up working day), every deadline checked against the hand-counted calendar of the 2026 notice (cn-holidays/2026.json).
/// </summary>
public sealed class SupervisionScenarioTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_LVL_H_FORM_H_EXT_one_complaint_from_intake_through_listed_supervision_to_closure(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        var jinshui = app.Client(Jinshui);

        app.At(2026, 4, 1, 9); // Wednesday
        var id = await app.ReceiveAsync();
        app.At(2026, 4, 1, 9, 30);
        var a = await app.AssignAsync(id, "410105");
        // 04-02 Thu #1, 04-03 Fri #2, 04-04..06 off, 04-07 Tue #3, 04-08 Wed #4, 04-09 Thu #5
        a.Deadline().ShouldBe(EndOf(2026, 4, 9));

        app.At(2026, 4, 1, 14); // 一般督办, and a phone follow-up (H-FORM-1)
        a = await office.PostOk($"{Appeals}/{id}/supervision", new { level = "General", reason = "群众多次来电" });
        var c = a.GetProperty("supervisions")[0].GetProperty("caseId").GetInt64();
        app.At(2026, 4, 1, 15);
        await office.PostOk($"{Cases}/{c}/phone-calls", new
        {
            unitCode = "410105", calledAt = Beijing(2026, 4, 1, 14, 30), caller = "王芳", contact = "金水区城管局 赵科长", agreed = "次日上午清理摊点",
        });

        app.At(2026, 4, 2, 10); // 专项督办 and its 《专项督办通知》 (H-FORM-2)
        await office.PostOk($"{Appeals}/{id}/supervision/escalate", new { level = "Special", reason = "需城管、交警配合" });
        app.At(2026, 4, 2, 10, 30);
        var special = (await office.PostOk($"{Cases}/{c}/notices", Notice("410105", workingDays: 3))).GetProperty("notices")[0];
        special.Str("number").ShouldBe("郑12345督〔2026〕1号");
        special.Utc("dueAt").ShouldBe(EndOf(2026, 4, 8)); // 04-03 Fri #1, 04-04..06 off, 04-07 #2, 04-08 #3

        app.At(2026, 4, 3, 11); // 会议协调 (H-FORM-3), held at 09:00
        var meeting = (await office.PostOk($"{Cases}/{c}/meetings", new
        {
            heldAt = Beijing(2026, 4, 3, 9), place = "市长电话室会议室", unitCodes = new[] { "410105", "410100-CGJ", "410100-BB", "410100-FZB" },
            guests = new[] { new { kind = "Media", name = "郑州日报" } }, audioVideoRecorded = true, minutes = "金水区牵头清理，市城管局联合执法",
            duties = new[] { new { unitCode = "410105", duty = "清理占道摊点", workingDays = 3 }, new { unitCode = "410100-CGJ", duty = "联合执法", workingDays = 2 } },
        })).GetProperty("meetings")[0].GetProperty("duties");
        meeting[0].Utc("dueAt").ShouldBe(EndOf(2026, 4, 9)); // 04-07 #1, 04-08 #2, 04-09 #3
        meeting[1].Utc("dueAt").ShouldBe(EndOf(2026, 4, 8)); // 04-07 #1, 04-08 #2

        app.At(2026, 4, 8, 9); // H-EXT: (04-08, 04-09] holds 1 working day, fewer than 2: refused at once
        a = await jinshui.PostOk($"{Appeals}/{id}/extensions", new { reason = "需协调多个部门", workingDays = 3 });
        (a.GetProperty("extensions")[0].Str("state"), a.GetProperty("extensions")[0].Str("decisionRule")).ShouldBe(("Refused", "K-WD-3"));
        a.Deadline().ShouldBe(EndOf(2026, 4, 9));

        app.At(2026, 4, 8, 16); // the written reply, on the due day
        var replied = (await jinshui.PostOk($"{Cases}/{c}/notices/{special.Id()}/reply", new { text = "已清理摊点", signedBy = "李明", @sealed = true }))
            .GetProperty("notices")[0];
        replied.GetProperty("repliedLate").GetBoolean().ShouldBeFalse();

        app.At(2026, 4, 10, 9); // 重点督办, an on-site visit (H-FORM-4)
        await office.PostOk($"{Cases}/{c}/escalate", new { level = "Key", reason = "专项督办效果不佳，群众不满意" });
        app.At(2026, 4, 10, 15);
        await office.PostOk($"{Cases}/{c}/visits", new
        {
            visitedAt = Beijing(2026, 4, 10, 14), place = "金水区经八路与红旗路交叉口", participants = new[] { "市长电话室 王芳", "郑州电视台" },
            findings = "晚高峰摊点复现", agreedActions = "设置护栏，晚间值守",
        });

        app.At(2026, 4, 20, 9); // 挂牌督办 (H-FORM-5) with its 《重点督办通知》
        var listed = await office.PostOk($"{Cases}/{c}/listing", Listing("410105", workingDays: 10));
        var key = listed.GetProperty("notices")[1];
        key.Str("number").ShouldBe("郑12345督〔2026〕2号");
        key.Str("responsiblePost").ShouldBe("PrincipalLeader");
        // 04-21 #1, 04-22 #2, 04-23 #3, 04-24 #4, 04-27 #5, 04-28 #6, 04-29 #7, 04-30 #8, 05-01..05 off, 05-06 #9, 05-07 Thu #10
        key.Utc("dueAt").ShouldBe(EndOf(2026, 5, 7));
        await jinshui.PostRefused($"{Cases}/{c}/listing/report", new { text = "已整改" }, "state", "H-FORM-5");
        app.At(2026, 4, 22, 10);
        await jinshui.PostOk($"{Cases}/{c}/listing/plan", new { text = "清理、护栏、值守三步整改" });
        app.At(2026, 4, 29, 10);
        await jinshui.PostOk($"{Cases}/{c}/listing/report", new { text = "摊点已清理，护栏已设置" });
        app.At(2026, 4, 30, 10);
        await office.PostOk($"{Cases}/{c}/listing/refuse", new { reasons = "夜间仍有摊点，值守未落实" });

        app.At(2026, 5, 6, 10);
        await jinshui.PostOk($"{Appeals}/{id}/reply", new { text = "已设置护栏并安排晚间值守" });
        app.At(2026, 5, 7, 10);
        await office.PostOk($"{Appeals}/{id}/callback", new { satisfaction = "Satisfied" });
        await office.PostRefused($"{Appeals}/{id}/close", new { reason = "Resolved" }, "listing", "H-FORM-5"); // not yet written off

        app.At(2026, 5, 8, 10); // the written reply to the 《重点督办通知》 a day after its due date: accepted, flagged late
        var late = (await jinshui.PostOk($"{Cases}/{c}/notices/{key.Id()}/reply", new { text = "整改情况报告", signedBy = "王强", @sealed = true }))
            .GetProperty("notices")[1];
        late.GetProperty("repliedLate").GetBoolean().ShouldBeTrue();
        app.At(2026, 5, 9, 10); // make-up Saturday
        await jinshui.PostOk($"{Cases}/{c}/listing/report", new { text = "夜间值守已落实，连续五日无摊点" });
        app.At(2026, 5, 11, 9);
        var done = (await office.PostOk($"{Cases}/{c}/listing/write-off", new { note = "经现场核实，整改合格" })).GetProperty("listings")[0];
        done.GetProperty("steps").EnumerateArray().Select(s => s.Str("kind"))
            .ShouldBe(["Listed", "Plan", "Report", "Refused", "Report", "WrittenOff"]);

        app.At(2026, 5, 11, 10);
        a = await office.PostOk($"{Appeals}/{id}/close", new { reason = "Resolved" });
        a.Str("state").ShouldBe("Closed");
        a.Str("supervisionLevel").ShouldBeNull();
        a.GetProperty("events").EnumerateArray().Select(e => e.Str("kind")).ShouldBe([
            "received", "assigned", "supervision-opened", "supervision-escalated", "extension-applied", "extension-refused",
            "supervision-escalated", "replied", "callback", "closed",
        ]);
        var closed = await office.GetCaseAsync(c);
        (closed.GetProperty("isOpen").GetBoolean(), closed.Str("level")).ShouldBe((false, "Key"));
        closed.GetProperty("appeals")[0].Utc("closedAt").ShouldBe(new DateTime(2026, 5, 11, 2, 0, 0, DateTimeKind.Utc));
        (await office.GetFromJsonAsync<JsonElement>(Cases, Ct)).GetProperty("total").GetInt32().ShouldBe(0);
        (await office.GetFromJsonAsync<JsonElement>($"{Cases}?open=false", Ct)).GetProperty("items")[0].Id().ShouldBe(c);
    }
}
