namespace Zhili.WageArrears.Tests;

/// <summary>B-TERM: the daily review a scheduled job calls with a civil date: expiry, automatic extension, removal deadline.</summary>
public sealed class TermReviewTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_TERM_the_daily_review_tells_the_office_once_about_expiry_extension_and_the_removal_deadline_across_the_Spring_Festival(TestDatabase database)
    {
        var app = await fixture.App(database);
        var city = app.Client(Sample.CityStaff);
        var corrected = await city.Create(Sample.Case(new DateOnly(2025, 1, 20), 1201, "郑州甲建筑劳务有限公司"));
        var ignored = await city.Create(Sample.Case(new DateOnly(2025, 1, 20), 1202, "郑州乙土石方工程有限公司"));
        foreach (var c in new[] { corrected, ignored })
        {
            // Notice Mon 2025-01-20, listed Wed 2025-02-12 after the defence window → the term ends 2026-02-12 (K-YEAR).
            await city.ListAsync(c.Id(), new DateOnly(2025, 1, 20), new DateOnly(2025, 2, 12));
        }

        await city.Post($"{Api.Cases}/{corrected.Id()}/correction", new { correctedOn = new DateOnly(2025, 8, 1) });

        (await DailyReview.RunAsync(app, new DateOnly(2026, 2, 11))).Posted.ShouldBe(0);
        var expiring = await DailyReview.RunAsync(app, new DateOnly(2026, 2, 12));
        (expiring.Extended, expiring.RemovalDue, expiring.Posted).ShouldBe((0, 0, 2));
        (await DailyReview.TitlesAsync(app, Sample.CityStaff)).ShouldBe(["黑名单列入期限今日届满：郑州乙土石方工程有限公司", "黑名单列入期限今日届满：郑州甲建筑劳务有限公司"],
            ignoreOrder: true);

        // The day after expiry: the uncorrected entry is extended by 2 years, the corrected one is due for removal.
        // Removal due 20 working days after Thu 2026-02-12: 02-13 #1, 02-14 Sat make-up #2, 02-15..23 Spring Festival off,
        // 02-24 #3, 25 #4, 26 #5, 27 #6, 02-28 Sat make-up #7, 03-02 #8, 03 #9, 04 #10, 05 #11, 06 #12, 09 #13, 10 #14,
        // 11 #15, 12 #16, 13 #17, 16 #18, 17 #19, 03-18 Wed #20.
        var review = await DailyReview.RunAsync(app, new DateOnly(2026, 2, 13));
        (review.Extended, review.RemovalDue, review.Posted).ShouldBe((1, 1, 2));
        var again = await DailyReview.RunAsync(app, new DateOnly(2026, 2, 13));
        (again.Extended, again.RemovalDue, again.Posted).ShouldBe((0, 0, 0));
        (await city.Get($"{Api.Cases}/{ignored.Id()}")).Str("expiresOn").ShouldBe("2028-02-12");
        (await city.Get($"{Api.Cases}/{corrected.Id()}")).GetProperty("removalDue").GetProperty("at").GetDateTime()
            .ShouldBe(new DateTime(2026, 3, 18, 16, 0, 0, DateTimeKind.Utc));
        var titles = await DailyReview.TitlesAsync(app, Sample.CityStaff);
        titles.Count.ShouldBe(4);
        titles.ShouldContain("黑名单自动续期 2 年：郑州乙土石方工程有限公司");
        titles.ShouldContain("黑名单移出决定待作出：郑州甲建筑劳务有限公司");

        // Nothing between; a reminder on the last day, an overdue notice the day after, each once.
        (await DailyReview.RunAsync(app, new DateOnly(2026, 3, 17))).Posted.ShouldBe(0);
        (await DailyReview.RunAsync(app, new DateOnly(2026, 3, 18))).Posted.ShouldBe(1);
        (await DailyReview.RunAsync(app, new DateOnly(2026, 3, 19))).Posted.ShouldBe(1);
        (await DailyReview.RunAsync(app, new DateOnly(2026, 3, 20))).Posted.ShouldBe(0);
        titles = await DailyReview.TitlesAsync(app, Sample.CityStaff);
        titles.ShouldContain("今日为黑名单移出决定的最后期限：郑州甲建筑劳务有限公司");
        titles.ShouldContain("黑名单移出决定已逾期：郑州甲建筑劳务有限公司");
        titles.Count.ShouldBe(6);
    }
}
