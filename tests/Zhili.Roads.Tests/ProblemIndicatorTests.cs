using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Zhili.Roads.Features.StreetProblems;

namespace Zhili.Roads.Tests;

/// <summary>R-LOOP: the loop's indicators over a set counted by hand, and the monthly figures the flags read (R-FLAG-1).</summary>
public sealed class ProblemIndicatorTests(RoadsFixture fixture) : IClassFixture<RoadsFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_LOOP_indicators_over_a_hand_counted_set(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var segment = await app.SegmentAsync("JS-IND-01");
        // P1 closed after 1 h, on time; P2 closed after 1 h with one rework; P3 (垃圾, 2 h) closed after 3 h, late;
        // P4 filed, open; P5 reported, never filed. Registered 4, closed 3, on time 2, reworked 1:
        // 结案率 3/4 = 0.75, 按期结案率 2/3 = 0.6667, 返工率 1/3 = 0.3333, hours to close (1 + 1 + 3) / 3 = 1.7.
        var p1 = await app.FileAsync(await app.ReportAsync(segment));
        var p2 = await app.FileAsync(await app.ReportAsync(segment));
        var p3 = await app.FileAsync(await app.ReportAsync(segment, "sanitation-garbage"));
        await app.FileAsync(await app.ReportAsync(segment, "order-piling"));
        await app.ReportAsync(segment);
        p2 = await app.HandleAsync(await app.RecheckAsync(await app.HandleAsync(p2), passed: false));
        app.Clock.Advance(TimeSpan.FromHours(1));
        await app.RecheckAsync(await app.HandleAsync(p1), passed: true);
        await app.RecheckAsync(p2, passed: true);
        app.Clock.Advance(TimeSpan.FromHours(2));
        await app.RecheckAsync(await app.HandleAsync(p3), passed: true);

        var day = Zhili.Kernel.Civil.DateOf(p1.Time("filedAt")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rows = await app.Client(Sample.Jinshui).Get($"{Problems.Url}/indicators?from={day}&to={day}&by=Segment");
        var row = rows.EnumerateArray().Single(r => r.Str("key") == segment);
        (row.Number("registered"), row.Number("closed"), row.Number("closedOnTime"), row.Number("reworked")).ShouldBe((4, 3, 2, 1));
        row.GetProperty("closedRate").GetDouble().ShouldBe(0.75);
        row.GetProperty("onTimeRate").GetDouble().ShouldBe(0.6667);
        row.GetProperty("reworkRate").GetDouble().ShouldBe(0.3333);
        row.GetProperty("averageHoursToClose").GetDouble().ShouldBe(1.7);

        // R-FLAG-1's month: 5 found, 1 overdue (P3; P4's 24 hours have not run out), 1 rework.
        await using var scope = app.Services.CreateAsyncScope();
        var filed = p1.Time("filedAt").AddHours(8);
        var month = await scope.ServiceProvider.GetRequiredService<ProblemIndicators>()
            .MonthAsync(filed.Year, filed.Month, app.Clock.GetUtcNow().UtcDateTime, TestContext.Current.CancellationToken);
        month.Single(m => m.SegmentCode == segment).ShouldBe(new SegmentMonth(segment, 5, 1, 1));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_LOOP_the_street_and_district_indicators_count_only_the_readers_problems(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var segment = await app.SegmentAsync("JS-IND-02");
        await app.FileAsync(await app.ReportAsync(segment));

        var js = await app.Client(Sample.Jinshui).Get($"{Problems.Url}/indicators?by=District");
        js.EnumerateArray().Select(r => r.Str("key")).ShouldBe(["410105"]);
        (await app.Client(Sample.Erqi).Get($"{Problems.Url}/indicators?by=District")).GetArrayLength().ShouldBe(0);
        await app.Client(Sample.Jinshui).Fetch($"{Problems.Url}/indicators?from=2025-06-10&to=2025-06-01").Refused("from", "R-LOOP");
    }
}
