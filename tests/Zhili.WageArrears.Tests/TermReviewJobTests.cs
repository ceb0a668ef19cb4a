namespace Zhili.WageArrears.Tests;

/// <summary>B-TERM: the daily review runs as the scheduled job <c>blacklist.terms</c> at 08:30, each day once.</summary>
public sealed class TermReviewJobTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    private const string Admin = "admin.test;admin;410100";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_TERM_the_scheduled_review_tells_the_office_of_an_expiring_term_once(TestDatabase database)
    {
        var app = await fixture.App(database);
        var city = app.Client(Sample.CityStaff);
        var c = await city.Create(Sample.Case(new DateOnly(2025, 1, 20), 1301, "郑州丙建筑劳务有限公司"));
        // Notice Mon 2025-01-20, listed Wed 2025-02-12 → the first term ends 2026-02-12 (K-YEAR, 1 year).
        await city.ListAsync(c.Id(), new DateOnly(2025, 1, 20), new DateOnly(2025, 2, 12));

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 2, 12, 8, 30, 0, Kernel.Civil.ShanghaiOffset));
        var admin = app.Client(Admin);
        var ran = await (await admin.PostAsync("/api/v1/jobs/blacklist.terms/run", null, TestContext.Current.CancellationToken)).ReadJsonAsync();
        // Caught up a week: the 08:30 firings of 02-06 … 02-12, seven days, each reviewed once.
        ran.EnumerateArray().Select(r => r.GetProperty("period").GetString()).ShouldBe(
            ["2026-02-06", "2026-02-07", "2026-02-08", "2026-02-09", "2026-02-10", "2026-02-11", "2026-02-12"]);
        var again = await (await admin.PostAsync("/api/v1/jobs/blacklist.terms/run", null, TestContext.Current.CancellationToken)).ReadJsonAsync();
        again.GetArrayLength().ShouldBe(0);

        (await DailyReview.TitlesAsync(app, Sample.CityStaff)).Count(t => t == "黑名单列入期限今日届满：郑州丙建筑劳务有限公司").ShouldBe(1);
    }
}
