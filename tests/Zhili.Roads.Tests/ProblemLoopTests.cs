namespace Zhili.Roads.Tests;

/// <summary>R-LOOP: 问题发现 → 报送反馈 → 立案 → 处理 → 复查 → 结案, each stage in turn, stamped and in the history.</summary>
public sealed class ProblemLoopTests(RoadsFixture fixture) : IClassFixture<RoadsFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_LOOP_each_stage_in_order_is_stamped_and_written_to_the_history(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var p = await app.ReportAsync(await app.SegmentAsync("JS-LOOP-01"));
        p.Str("stage").ShouldBe("Reported");
        p.Str("categoryName").ShouldBe("乱停乱放");
        p.Str("responsibility").ShouldBe("包秩序");

        app.Clock.Advance(TimeSpan.FromMinutes(10));
        p = await app.FileAsync(p);
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        p = await app.HandleAsync(p);
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        p = await app.RecheckAsync(p, passed: true);

        p.Str("stage").ShouldBe("Closed");
        p.Str("stageName").ShouldBe("已结案");
        (p.Time("filedAt") - p.Time("foundAt")).ShouldBe(TimeSpan.FromMinutes(10));
        (p.Time("handledAt") - p.Time("filedAt")).ShouldBe(TimeSpan.FromMinutes(30));
        (p.Time("closedAt") - p.Time("handledAt")).ShouldBe(TimeSpan.FromMinutes(20));
        p.Time("recheckedAt").ShouldBe(p.Time("closedAt"));
        // 乱停乱放 is cleared on the spot: 2 hours on the clock from filing.
        (p.Time("deadlineAt") - p.Time("filedAt")).ShouldBe(TimeSpan.FromHours(2));
        p.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        p.History().ShouldBe([
            "js.chief 发现并报送问题（包秩序·乱停乱放）", "js.office 立案，处理时限 乱停乱放：2 小时", "js.street 报告已处理：已清理",
            "js.inspector 复查通过，结案：已整改",
        ]);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_LOOP_a_failed_recheck_goes_back_to_handling_and_counts_a_rework(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var p = await app.HandleAsync(await app.FileAsync(await app.ReportAsync(await app.SegmentAsync("JS-LOOP-02"))));

        p = await app.RecheckAsync(p, passed: false);
        p.Str("stage").ShouldBe("Filed");
        p.Number("reworks").ShouldBe(1);
        p.GetProperty("closedAt").ValueKind.ShouldBe(JsonValueKind.Null);

        p = await app.RecheckAsync(await app.HandleAsync(p), passed: true);
        p.Str("stage").ShouldBe("Closed");
        p.Number("reworks").ShouldBe(1);
        p.History().ShouldContain("js.inspector 复查不通过，退回处理（返工）：仍有车辆停放");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_LOOP_skipping_a_stage_is_refused_with_409_naming_the_rule_and_changes_nothing(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var p = await app.ReportAsync(await app.SegmentAsync("JS-LOOP-03"));

        var handled = await app.Client(Problems.Street).Act(p, "handle").Ok(HttpStatusCode.Conflict);
        handled.ToString().ShouldContain("R-LOOP");
        await app.Client(Problems.Inspector).Act(p, "recheck", new { version = p.Number("version"), passed = true }).Ok(HttpStatusCode.Conflict);

        var now = await app.Client(Sample.Jinshui).Get($"{Problems.Url}/{p.Number("id")}");
        now.Str("stage").ShouldBe("Reported");
        now.Number("version").ShouldBe(p.Number("version"));
        now.History().Count.ShouldBe(1);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_LOOP_a_problem_not_closed_by_its_deadline_is_overdue(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var p = await app.FileAsync(await app.ReportAsync(await app.SegmentAsync("JS-LOOP-04"), "sanitation-garbage"));
        var js = app.Client(Sample.Jinshui);
        (await js.Get($"{Problems.Url}/{p.Number("id")}")).GetProperty("overdue").GetBoolean().ShouldBeFalse();

        app.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1)); // 垃圾: 2 hours
        (await js.Get($"{Problems.Url}/{p.Number("id")}")).GetProperty("overdue").GetBoolean().ShouldBeTrue();
        var overdue = (await js.Get($"{Problems.Url}?segment=JS-LOOP-04&overdue=true")).GetProperty("items");
        overdue.GetArrayLength().ShouldBe(1);

        // Closed late, it stays overdue: it was not closed by its deadline.
        p = await app.RecheckAsync(await app.HandleAsync(p), passed: true);
        p.GetProperty("overdue").GetBoolean().ShouldBeTrue();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_LOOP_a_serious_problem_is_escalated_to_the_district_once(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var p = await app.ReportAsync(await app.SegmentAsync("JS-LOOP-05"), "frontage-wires");
        var chief = app.Client(Sample.JinshuiChief);

        p = await chief.Act(p, "escalate", new { version = p.Number("version"), reason = "线缆垂落影响通行，需区里协调运营商" }).Ok();
        p.GetProperty("escalatedAt").ValueKind.ShouldBe(JsonValueKind.String);
        p.History().ShouldContain("js.chief 上报区政府：线缆垂落影响通行，需区里协调运营商");
        var up = await app.Client(Sample.Jinshui).Get($"{Problems.Url}?segment=JS-LOOP-05&escalated=true");
        up.GetProperty("items").GetArrayLength().ShouldBe(1);

        (await chief.Act(p, "escalate", new { version = p.Number("version"), reason = "再次上报" }).Ok(HttpStatusCode.Conflict)).ToString().ShouldContain("R-LOOP");
        await chief.Act(p, "escalate", new { version = p.Number("version"), reason = "" }).Refused("reason", "R-LOOP");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_LOOP_two_users_filing_one_problem_get_one_success_and_409s(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var p = await app.ReportAsync(await app.SegmentAsync("JS-LOOP-06"));

        var answers = await app.RaceAsync(Sample.Jinshui, (client, _) => client.Act(p, "file"));

        answers.Count(a => a.Won).ShouldBe(1, string.Join('\n', answers));
        answers.Where(a => !a.Won).ShouldAllBe(a => a.Status == HttpStatusCode.Conflict);
        var now = await app.Client(Sample.Jinshui).Get($"{Problems.Url}/{p.Number("id")}");
        now.History().Count(h => h.Contains("立案", StringComparison.Ordinal)).ShouldBe(1);
    }
}
