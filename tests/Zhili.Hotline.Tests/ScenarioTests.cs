using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>
/// One appeal through the whole of PART 1 across the 2025 National Day (09-28 Sun make-up, 10-01..08 off,
/// 10-11 Sat make-up), every deadline checked against the hand-counted calendar.
/// </summary>
public sealed class ScenarioTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    private const string Api = "/api/v1/hotline/appeals";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_H_SLA_H_EXT_H_LVL_one_complaint_from_intake_to_closure(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        var erqi = app.Client(Erqi);
        var jinshui = app.Client(Jinshui);

        app.At(2025, 9, 25, 10); // Thursday: a call about street vendors
        var id = await app.ReceiveAsync();
        app.At(2025, 9, 25, 10, 30);
        var a = await app.AssignAsync(id, "410103");
        // 09-26 Fri #1, 09-27 Sat off, 09-28 Sun make-up #2, 09-29 #3, 09-30 #4, 10-01..08 off, 10-09 Thu #5
        a.Deadline().ShouldBe(EndOf(2025, 10, 9));

        app.At(2025, 9, 28, 15); // make-up Sunday, the last day of the return window (09-26 #1, 09-28 #2)
        a = await erqi.PostOk($"{Api}/{id}/return", new { reason = "该路段属金水区管辖" });
        a.Str("state").ShouldBe("Returned");

        app.At(2025, 9, 29, 9);
        a = await office.PostOk($"{Api}/{id}/reassign", new { unitCode = "410105", coUnitCodes = new[] { "410100-CGJ" } });
        // 09-30 #1, 10-01..08 off, 10-09 #2, 10-10 #3, 10-11 Sat make-up #4, 10-12 Sun off, 10-13 Mon #5
        a.Deadline().ShouldBe(EndOf(2025, 10, 13));
        (await erqi.GetAsync($"{Api}/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "the returning district no longer sees it");

        app.At(2025, 9, 30, 10); // (09-30, 10-13] = 10-09, 10-10, 10-11, 10-13: in time
        a = await jinshui.PostOk($"{Api}/{id}/extensions", new { reason = "需与市城管局联合执法", workingDays = 3 });
        var first = a.GetProperty("extensions")[0].GetProperty("id").GetInt64();
        app.At(2025, 10, 9, 9);
        a = await office.PostOk($"{Api}/{id}/extensions/{first}/approve", new { workingDays = 3, citizenNotice = "电话告知诉求人" });
        // from 10-13: 10-14 #1, 10-15 #2, 10-16 #3
        a.Deadline().ShouldBe(EndOf(2025, 10, 16));
        a.Str("deadlineRule").ShouldBe("H-EXT");

        app.At(2025, 10, 10, 9);
        await office.PostOk($"{Api}/{id}/supervision", new { level = "General", reason = "群众反映强烈" });
        app.At(2025, 10, 11, 9);
        await office.PostOk($"{Api}/{id}/supervision/escalate", new { level = "Special", reason = "需城管、交警配合" });
        app.At(2025, 10, 14, 9);
        a = await office.PostOk($"{Api}/{id}/supervision/escalate", new { level = "Key", reason = "专项督办效果不佳" });
        a.Str("supervisionLevel").ShouldBe("Key");

        app.At(2025, 10, 15, 17); // (10-15, 10-16] = 1 working day: late, refused at once
        a = await jinshui.PostOk($"{Api}/{id}/extensions", new { reason = "仍需时间", workingDays = 2 });
        a.GetProperty("extensions")[1].Str("state").ShouldBe("Refused");
        a.GetProperty("extensions")[1].Str("decisionRule").ShouldBe("K-WD-3");
        a.Deadline().ShouldBe(EndOf(2025, 10, 16));

        app.At(2025, 10, 16, 10);
        await jinshui.PostOk($"{Api}/{id}/reply", new { text = "已联合执法清理摊点，设置隔离护栏" });
        app.At(2025, 10, 17, 10);
        await office.PostOk($"{Api}/{id}/callback", new { satisfaction = "Unsatisfied" });
        app.At(2025, 10, 17, 11);
        a = await office.PostOk($"{Api}/{id}/reopen", new { reason = "晚间摊贩仍在" });
        // the clock starts again from 10-17: 10-20 Mon #1, 10-21 #2, 10-22 #3, 10-23 #4, 10-24 Fri #5
        a.Deadline().ShouldBe(EndOf(2025, 10, 24));

        app.At(2025, 10, 22, 16);
        await jinshui.PostOk($"{Api}/{id}/reply", new { text = "晚间增派巡查，摊点已不再出现" });
        app.At(2025, 10, 23, 10);
        await office.PostOk($"{Api}/{id}/callback", new { satisfaction = "Satisfied" });
        a = await office.PostOk($"{Api}/{id}/close", new { reason = "Resolved" });

        a.Str("state").ShouldBe("Closed");
        a.Str("closureReason").ShouldBe("Resolved");
        a.Str("supervisionLevel").ShouldBeNull();
        a.GetProperty("supervisions")[0].GetProperty("closedAt").GetDateTime().ShouldBe(new DateTime(2025, 10, 23, 2, 0, 0, DateTimeKind.Utc));
        (a.GetProperty("returnCount").GetInt32(), a.GetProperty("reassignCount").GetInt32(), a.GetProperty("reopenCount").GetInt32(),
            a.GetProperty("extensionCount").GetInt32()).ShouldBe((1, 1, 1, 1));
        // Every stage keeps its own timestamp.
        a.GetProperty("firstAssignedAt").GetDateTime().ShouldBe(new DateTime(2025, 9, 25, 2, 30, 0, DateTimeKind.Utc));
        a.GetProperty("returnedAt").GetDateTime().ShouldBe(new DateTime(2025, 9, 28, 7, 0, 0, DateTimeKind.Utc));
        a.GetProperty("reassignedAt").GetDateTime().ShouldBe(new DateTime(2025, 9, 29, 1, 0, 0, DateTimeKind.Utc));
        a.GetProperty("firstRepliedAt").GetDateTime().ShouldBe(new DateTime(2025, 10, 16, 2, 0, 0, DateTimeKind.Utc));
        a.GetProperty("repliedAt").GetDateTime().ShouldBe(new DateTime(2025, 10, 22, 8, 0, 0, DateTimeKind.Utc));
        a.GetProperty("reopenedAt").GetDateTime().ShouldBe(new DateTime(2025, 10, 17, 3, 0, 0, DateTimeKind.Utc));
        a.GetProperty("closedAt").GetDateTime().ShouldBe(new DateTime(2025, 10, 23, 2, 0, 0, DateTimeKind.Utc));
        a.GetProperty("events").EnumerateArray().Select(e => e.Str("kind")).ShouldBe([
            "received", "assigned", "returned", "reassigned", "extension-applied", "extension-approved", "supervision-opened",
            "supervision-escalated", "supervision-escalated", "extension-applied", "extension-refused", "replied", "callback",
            "reopened", "replied", "callback", "closed",
        ]);
    }
}
