using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>H-SLA: the deadline job warns at 1 working day left and marks overdue, once per assignment, across National Day 2025.</summary>
public sealed class DeadlineJobTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    private const string Admin = "admin.test;admin;410100";

    private static async Task RunJob(ZhiliFactory app) =>
        (await app.Client(Admin).PostAsync("/api/v1/jobs/hotline.deadlines/run", null, Ct)).EnsureSuccessStatusCode();

    private static async Task<string[]> Kinds(ZhiliFactory app, long id, string kind) =>
        [.. (await app.Client(Office).GetAsync(id)).GetProperty("events").EnumerateArray()
            .Select(e => e.GetProperty("kind").GetString()!).Where(k => k == kind)];

    private static async Task<string[]> Inbox(ZhiliFactory app, string user) =>
        [.. (await app.Client(user).GetFromJsonAsync<JsonElement>("/api/v1/identity/inbox", Ct)).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("title").GetString()!)];

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_SLA_deadline_warning_and_overdue_across_National_Day_2025(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.At(2025, 9, 26, 10); // Friday
        var id = await app.ReceiveAsync(NewAppeal("Complaint"));
        var appeal = await app.AssignAsync(id, "410103");
        var number = appeal.GetProperty("trackingNumber").GetString()!;
        // 投诉 5 working days: 09-28 Sun make-up #1, 09-29 #2, 09-30 #3, 10-01..08 off, 10-09 Thu #4, 10-10 Fri #5.
        appeal.Deadline().ShouldBe(EndOf(2025, 10, 10));

        // 10-08 is a holiday: the next working day is 10-09, and the deadline (10-10) is 2 working days away.
        app.At(2025, 10, 8, 10);
        await RunJob(app);
        (await Kinds(app, id, "deadline-warning")).ShouldBeEmpty();

        // 10-09 Thursday: the next working day is 10-10, the deadline's day: 1 working day left.
        app.At(2025, 10, 9, 9);
        await RunJob(app);
        app.At(2025, 10, 9, 9, 10);
        await RunJob(app); // the next firing warns no one twice
        (await Kinds(app, id, "deadline-warning")).Length.ShouldBe(1);
        (await Inbox(app, Erqi)).ShouldContain($"诉求 {number} 距办理期限不足 1 个工作日");

        // 10-10 23:50 is still within the deadline (24:00); 10-11 00:10 is past it.
        app.At(2025, 10, 10, 23, 50);
        await RunJob(app);
        (await Kinds(app, id, "overdue")).ShouldBeEmpty();
        app.At(2025, 10, 11, 0, 10);
        await RunJob(app);
        app.At(2025, 10, 11, 0, 20);
        await RunJob(app);
        (await Kinds(app, id, "overdue")).Length.ShouldBe(1);
        (await Inbox(app, Erqi)).ShouldContain($"诉求 {number} 已超期");
        (await Inbox(app, Office)).ShouldContain($"诉求 {number} 已超期（承办单位 410103）");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_SLA_a_replied_appeal_is_never_marked_overdue(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.At(2025, 9, 26, 10);
        var id = await app.ReceiveAsync(NewAppeal("Consultation"));
        await app.AssignAsync(id, "410103"); // 咨询 1 working day: 09-28 Sun make-up #1
        await app.Client(Erqi).PostOk($"/api/v1/hotline/appeals/{id}/reply", new { text = "已电话答复诉求人，告知办理流程。" });

        app.At(2025, 9, 29, 9);
        await RunJob(app);
        (await Kinds(app, id, "overdue")).ShouldBeEmpty();
    }
}
