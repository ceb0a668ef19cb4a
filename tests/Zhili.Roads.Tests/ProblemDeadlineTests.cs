namespace Zhili.Roads.Tests;

/// <summary>R-LOOP: a repair's deadline counts working days on the kernel's calendar (an app of its own, so its clock is not moved).</summary>
public sealed class ProblemDeadlineTests(RoadsFixture fixture) : IClassFixture<RoadsFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_LOOP_a_repair_is_due_at_the_end_of_its_third_working_day(TestDatabase database)
    {
        var app = await fixture.Ready(database);

        var p = await app.FileAsync(await app.ReportAsync(await app.SegmentAsync("JS-DUE-01"), "sanitation-facility"));

        // Filed Tuesday 2025-06-10: Wednesday 11, Thursday 12, Friday 13 → 24:00 Beijing on the 13th, 16:00 UTC.
        p.Time("deadlineAt").ShouldBe(new DateTime(2025, 6, 13, 16, 0, 0, DateTimeKind.Utc));
        p.Str("deadlineRule").ShouldBe("环卫设施损坏：3 个工作日");
    }
}
