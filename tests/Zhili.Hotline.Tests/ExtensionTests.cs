using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>H-EXT (with K-WD-3): apply at least 2 working days before the deadline; the office decides; the citizen is told.</summary>
public sealed class ExtensionTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    private const string Api = "/api/v1/hotline/appeals";

    private static async Task<long> AssignedComplaint(ZhiliFactory app)
    {
        app.At(2026, 2, 12, 10);
        var id = await app.ReceiveAsync();
        // 02-13 #1, 02-14 Sat make-up #2, 02-15..23 off, 02-24 #3, 02-25 #4, 02-26 #5
        (await app.AssignAsync(id, "410103")).Deadline().ShouldBe(EndOf(2026, 2, 26));
        return id;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_EXT_a_late_application_is_refused_automatically_with_the_reason(TestDatabase database)
    {
        var app = await fixture.App(database);
        var id = await AssignedComplaint(app);
        app.At(2026, 2, 25, 9); // (02-25, 02-26] holds 1 working day: too late
        var appeal = await app.Client(Erqi).PostOk($"{Api}/{id}/extensions", new { reason = "需协调多个部门", workingDays = 5 });
        var x = appeal.GetProperty("extensions")[0];
        x.Str("state").ShouldBe("Refused");
        x.Str("decisionRule").ShouldBe("K-WD-3");
        x.Str("decidedBy").ShouldBe("system");
        x.Str("decisionReason")!.ShouldContain("至少 2 个工作日");
        appeal.Deadline().ShouldBe(EndOf(2026, 2, 26));
        appeal.GetProperty("extensionCount").GetInt32().ShouldBe(0);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_EXT_two_working_days_ahead_across_the_festival_is_in_time_and_the_office_approves(TestDatabase database)
    {
        var app = await fixture.App(database);
        var id = await AssignedComplaint(app);
        app.At(2026, 2, 14, 16); // make-up Saturday: (02-14, 02-26] holds 02-24, 02-25, 02-26 = 3 working days
        var applied = await app.Client(Erqi).PostOk($"{Api}/{id}/extensions", new { reason = "需市城管局配合", workingDays = 3 });
        var x = applied.GetProperty("extensions")[0];
        x.Str("state").ShouldBe("Pending");
        var xid = x.GetProperty("id").GetInt64();
        (await app.Client(Erqi).PostAsJsonAsync($"{Api}/{id}/extensions/{xid}/approve", new { workingDays = 3, citizenNotice = "电话告知" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await app.Client(Office).PostRefused($"{Api}/{id}/extensions/{xid}/approve", new { workingDays = 3, citizenNotice = "" }, "citizenNotice", "H-EXT");
        app.At(2026, 2, 24, 9);
        var approved = await app.Client(Office).PostOk($"{Api}/{id}/extensions/{xid}/approve", new { workingDays = 3, citizenNotice = "电话告知诉求人延期至 3 月 3 日" });
        // From 02-26: 02-27 Fri #1, 02-28 Sat make-up #2, 03-02 Mon #3
        approved.Deadline().ShouldBe(EndOf(2026, 3, 2));
        approved.Str("deadlineRule").ShouldBe("H-EXT");
        approved.GetProperty("extensionCount").GetInt32().ShouldBe(1);
        var decided = approved.GetProperty("extensions")[0];
        decided.Str("state").ShouldBe("Approved");
        decided.GetProperty("citizenNotifiedAt").GetDateTime().ShouldBe(new DateTime(2026, 2, 24, 1, 0, 0, DateTimeKind.Utc));
        decided.Str("citizenNotice")!.ShouldContain("电话告知");
        await app.Client(Office).PostRefused($"{Api}/{id}/extensions/{xid}/refuse", new { reason = "x", citizenNotice = "y" }, "extension", "H-EXT");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_EXT_the_office_may_refuse_and_one_application_waits_at_a_time(TestDatabase database)
    {
        var app = await fixture.App(database);
        var id = await AssignedComplaint(app);
        var erqi = app.Client(Erqi);
        var x = (await erqi.PostOk($"{Api}/{id}/extensions", new { reason = "需要现场勘查", workingDays = 2 })).GetProperty("extensions")[0];
        await erqi.PostRefused($"{Api}/{id}/extensions", new { reason = "再申请", workingDays = 2 }, "extension", "H-EXT");
        await erqi.PostRefused($"{Api}/{id}/extensions", new { reason = "", workingDays = 2 }, "reason", "H-EXT");
        var refused = await app.Client(Office).PostOk($"{Api}/{id}/extensions/{x.GetProperty("id").GetInt64()}/refuse",
            new { reason = "事项简单，应按期办结", citizenNotice = "短信告知" });
        refused.GetProperty("extensions")[0].Str("state").ShouldBe("Refused");
        refused.GetProperty("extensions")[0].Str("decisionRule").ShouldBe("H-EXT");
        refused.Deadline().ShouldBe(EndOf(2026, 2, 26));
    }
}
