using static Zhili.Hotline.Tests.Hotline;
using static Zhili.Hotline.Tests.Supervising;

namespace Zhili.Hotline.Tests;

/// <summary>H-FORM-3 会议协调 and H-FORM-4 现场督导, recorded by the office.</summary>
public sealed class MeetingAndVisitTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    private static object Meeting(
        string[]? units = null, bool recorded = true, string minutes = "明确二七区负责清理摊点，市城管局派驻执法队", object[]? duties = null,
        DateTimeOffset? heldAt = null) => new
    {
        heldAt = heldAt ?? Beijing(2026, 4, 3, 9), place = "市长电话室会议室",
        unitCodes = units ?? ["410103", "410100-CGJ", "410100-BB", "410100-FZB"],
        guests = new object[]
        {
            new { kind = "NpcDeputy", name = "王建华" }, new { kind = "ConductSupervisor", name = "陈静" }, new { kind = "Media", name = "郑州日报" },
        },
        audioVideoRecorded = recorded, minutes,
        duties = duties ?? [
            new { unitCode = "410103", duty = "清理占道摊点", workingDays = 3 },
            new { unitCode = "410100-CGJ", duty = "派驻执法队", workingDays = 1 },
        ],
    };

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FORM_3_a_coordination_meeting_has_the_staffing_and_legal_departments_a_recording_and_duties(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.At(2026, 4, 3, 8);
        var (_, id) = await app.SupervisedAsync("Special");
        app.At(2026, 4, 3, 15);
        var office = app.Client(Office);
        var url = $"{Cases}/{id}/meetings";
        await office.PostRefused(url, Meeting(units: ["410103", "410100-CGJ", "410100-BB"]), "unitCodes", "H-FORM-3");
        await office.PostRefused(url, Meeting(recorded: false), "audioVideoRecorded", "H-FORM-3");
        await office.PostRefused(url, Meeting(minutes: ""), "minutes", "H-FORM-3");
        await office.PostRefused(url, Meeting(duties: []), "duties", "H-FORM-3");
        await office.PostRefused(url, Meeting(duties: [new { unitCode = "410105", duty = "配合", workingDays = 2 }]), "duties", "H-FORM-3");
        await office.PostRefused(url, Meeting(units: ["410103", "410100-BB", "410100-FZB", "XX"]), "unitCodes", "K-UNITS");
        await office.PostRefused(url, Meeting(heldAt: Beijing(2026, 4, 3, 16)), "heldAt", "H-FORM-3");
        (await app.Client(Erqi).StatusOfPost(url, Meeting())).ShouldBe(HttpStatusCode.Forbidden);

        var m = (await office.PostOk(url, Meeting())).GetProperty("meetings").EnumerateArray().ShouldHaveSingleItem();
        m.GetProperty("audioVideoRecorded").GetBoolean().ShouldBeTrue();
        m.GetProperty("guests").EnumerateArray().Select(g => $"{g.Str("kind")} {g.Str("name")}")
            .ShouldBe(["NpcDeputy 王建华", "ConductSupervisor 陈静", "Media 郑州日报"]);
        var duties = m.GetProperty("duties");
        // From the meeting day 04-03 (Fri): 04-04..06 off (清明), 04-07 Tue #1, 04-08 #2, 04-09 Thu #3
        (duties[0].Str("unitCode"), duties[0].Utc("dueAt"), duties[0].Str("dueRule")).ShouldBe(("410103", EndOf(2026, 4, 9), "H-FORM-3"));
        (duties[1].Str("unitCode"), duties[1].Utc("dueAt")).ShouldBe(("410100-CGJ", EndOf(2026, 4, 7)));
        (await app.Client(Erqi).GetCaseAsync(id)).GetProperty("meetings")[0].Str("minutes").ShouldBe("明确二七区负责清理摊点，市城管局派驻执法队");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FORM_4_an_on_site_visit_records_participants_findings_and_agreed_actions(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.At(2026, 5, 8, 9);
        var (_, id) = await app.SupervisedAsync("Key");
        app.At(2026, 5, 9, 17); // the make-up Saturday after 劳动节
        var office = app.Client(Office);
        var url = $"{Cases}/{id}/visits";
        object Visit(DateTimeOffset at, string[]? participants = null, string findings = "傍晚仍有十余个流动摊点") => new
        {
            visitedAt = at, place = "二七区大学路与陇海路交叉口", participants = participants ?? ["市长电话室 王芳", "二七区城管局 张科长", "郑州电视台"],
            findings, agreedActions = "设置隔离护栏，城管晚间定点值守至 22 时",
        };
        await office.PostRefused(url, Visit(Beijing(2026, 5, 9, 18)), "visitedAt", "H-FORM-4");
        await office.PostRefused(url, Visit(Beijing(2026, 5, 9, 15), participants: []), "participants", "H-FORM-4");
        await office.PostRefused(url, Visit(Beijing(2026, 5, 9, 15), findings: ""), "findings", "H-FORM-4");
        (await app.Client(Erqi).StatusOfPost(url, Visit(Beijing(2026, 5, 9, 15)))).ShouldBe(HttpStatusCode.Forbidden);

        var v = (await office.PostOk(url, Visit(Beijing(2026, 5, 9, 15)))).GetProperty("visits").EnumerateArray().ShouldHaveSingleItem();
        v.Utc("visitedAt").ShouldBe(new DateTime(2026, 5, 9, 7, 0, 0, DateTimeKind.Utc));
        v.GetProperty("participants").EnumerateArray().Select(p => p.GetString()).ShouldBe(["市长电话室 王芳", "二七区城管局 张科长", "郑州电视台"]);
        (v.Str("findings"), v.Str("agreedActions")).ShouldBe(("傍晚仍有十余个流动摊点", "设置隔离护栏，城管晚间定点值守至 22 时"));
        (await app.Client(Erqi).GetCaseAsync(id)).GetProperty("visits").GetArrayLength().ShouldBe(1);
    }
}
