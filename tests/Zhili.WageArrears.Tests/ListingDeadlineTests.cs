namespace Zhili.WageArrears.Tests;

/// <summary>B-LIST over the 2026 Mid-Autumn and National Day holidays: due in 20 working days, warned at 15.</summary>
public sealed class ListingDeadlineTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    // Decision Mon 2026-09-14: 09-15 #1, 16 #2, 17 #3, 18 #4, 09-20 Sun make-up #5, 21 #6, 22 #7, 23 #8, 24 #9,
    // 09-25..27 Mid-Autumn off, 28 #10, 29 #11, 30 #12, 10-01..07 National Day off, 10-08 #13, 10-09 #14,
    // 10-10 Sat make-up #15 (warning), 10-12 #16, 13 #17, 14 #18, 15 #19, 10-16 Fri #20 → due 24:00 on 2026-10-16.
    private static readonly DateOnly Decided = new(2026, 9, 14);
    private static readonly DateTime Due = new(2026, 10, 16, 16, 0, 0, DateTimeKind.Utc);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_LIST_due_20_working_days_after_the_decision_across_National_Day_warned_at_15_overdue_after_20(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.MoveTo(Decided);
        var staff = app.Client(Sample.CountyStaff);
        var c = await staff.Create(Sample.Case(Decided, 301));
        c.GetProperty("listingDue").GetProperty("at").GetDateTime().ShouldBe(Due);
        c.GetProperty("listingDue").Str("rule").ShouldBe("B-LIST");
        var url = $"{Api.Cases}/{c.Id()}";

        app.MoveTo(new DateOnly(2026, 10, 9));
        (await staff.Get(url)).Str("listingState").ShouldBe("Pending");
        (await staff.Post("/api/v1/blacklist/terms/review")).GetProperty("listingWarnings").GetInt32().ShouldBe(0);

        app.MoveTo(new DateOnly(2026, 10, 10));
        (await staff.Get(url)).Str("listingState").ShouldBe("Warning");
        (await staff.Post("/api/v1/blacklist/terms/review")).GetProperty("listingWarnings").GetInt32().ShouldBe(1);

        app.MoveTo(Due.AddSeconds(-1));
        (await staff.Get(url)).Str("listingState").ShouldBe("Warning");
        app.MoveTo(Due);
        (await staff.Get(url)).Str("listingState").ShouldBe("Overdue");

        // A late listing is still possible and clears the flag.
        var listed = await staff.ListAsync(c.Id(), new DateOnly(2026, 10, 19), new DateOnly(2026, 10, 27));
        listed.Str("listingState").ShouldBe("Listed");
        listed.Str("expiresOn").ShouldBe("2027-10-27"); // B-TERM, K-YEAR: one year from the listing decision
    }
}
