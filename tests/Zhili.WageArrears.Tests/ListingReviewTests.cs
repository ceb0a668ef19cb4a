namespace Zhili.WageArrears.Tests;

/// <summary>B-LIST: the daily review warns the deciding office once at 15 working days and once when the 20 have passed.</summary>
public sealed class ListingReviewTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_LIST_the_daily_review_warns_the_county_once_at_15_working_days_and_once_when_overdue_across_National_Day(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.MoveTo(new DateOnly(2026, 9, 14));
        // Decision Mon 2026-09-14: 09-15 #1, 16 #2, 17 #3, 18 #4, 09-20 Sun make-up #5, 21 #6, 22 #7, 23 #8, 24 #9,
        // 09-25..27 Mid-Autumn off, 28 #10, 29 #11, 30 #12, 10-01..07 National Day off, 10-08 #13, 10-09 #14,
        // 10-10 Sat make-up #15 (warning), 10-12 #16, 13 #17, 14 #18, 15 #19, 10-16 Fri #20 → due 24:00 on 2026-10-16.
        await app.Client(Sample.CountyStaff).Create(Sample.Case(new DateOnly(2026, 9, 14), 1203, "金水区顺通物流有限公司"));

        (await DailyReview.RunAsync(app, new DateOnly(2026, 10, 9))).Posted.ShouldBe(0);
        var warned = await DailyReview.RunAsync(app, new DateOnly(2026, 10, 10));
        (warned.ListingWarnings, warned.Posted).ShouldBe((1, 1));
        // Sunday and the following days: still warned, but told only once.
        (await DailyReview.RunAsync(app, new DateOnly(2026, 10, 11))).Posted.ShouldBe(0);
        (await DailyReview.RunAsync(app, new DateOnly(2026, 10, 16))).Posted.ShouldBe(0);
        (await DailyReview.RunAsync(app, new DateOnly(2026, 10, 17))).Posted.ShouldBe(1);
        (await DailyReview.RunAsync(app, new DateOnly(2026, 10, 18))).Posted.ShouldBe(0);

        (await DailyReview.TitlesAsync(app, Sample.CountyStaff)).ShouldBe(["黑名单列入决定已逾期：金水区顺通物流有限公司", "黑名单列入决定即将到期：金水区顺通物流有限公司"]);
        (await DailyReview.TitlesAsync(app, Sample.OtherCountyStaff)).ShouldBeEmpty(); // another county's office is not told
    }
}
