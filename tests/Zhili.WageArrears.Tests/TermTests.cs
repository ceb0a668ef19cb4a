namespace Zhili.WageArrears.Tests;

/// <summary>B-TERM over the 2026 Spring Festival: expiry after 1 year, removal due 20 working days after it, or a 2-year extension.</summary>
public sealed class TermTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    // Listed Wed 2025-02-12 → expires 2026-02-12 (K-YEAR). Removal due 20 working days after Thu 2026-02-12:
    // 02-13 #1, 02-14 Sat make-up #2, 02-15..23 off, 02-24 #3, 25 #4, 26 #5, 27 #6, 02-28 Sat make-up #7,
    // 03-02 #8, 03 #9, 04 #10, 05 #11, 06 #12, 09 #13, 10 #14, 11 #15, 12 #16, 13 #17, 16 #18, 17 #19, 03-18 Wed #20.
    private static readonly DateTime RemovalDue = new(2026, 3, 18, 16, 0, 0, DateTimeKind.Utc);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_TERM_a_corrected_entry_is_due_for_removal_an_uncorrected_one_is_extended_by_2_years_and_a_relisting_lasts_2_years(TestDatabase database)
    {
        var app = await fixture.App(database);
        var staff = app.Client(Sample.CityStaff);
        var partner = await app.PartnerAsync();
        var corrected = await staff.Create(Sample.Case(new DateOnly(2025, 1, 20), 601));
        var ignored = await staff.Create(Sample.Case(new DateOnly(2025, 1, 20), 602, "郑州恒基土石方工程有限公司"));
        foreach (var c in new[] { corrected, ignored })
        {
            // Notice Mon 2025-01-20 (2025 Spring Festival 01-28..02-04 off, 01-26 Sun and 02-08 Sat make-up): listed 02-12 after the window.
            (await staff.ListAsync(c.Id(), new DateOnly(2025, 1, 20), new DateOnly(2025, 2, 12))).Str("expiresOn").ShouldBe("2026-02-12");
        }

        await staff.Post($"{Api.Cases}/{corrected.Id()}/correction", new { correctedOn = new DateOnly(2025, 6, 1) });
        await staff.Send($"{Api.Cases}/{corrected.Id()}/removal", new { decidedOn = new DateOnly(2025, 6, 5) }).Refused("B-TERM");

        app.MoveTo(new DateOnly(2026, 2, 12));
        (await staff.Post("/api/v1/blacklist/terms/review")).GetProperty("extended").GetInt32().ShouldBe(0); // not yet expired
        app.MoveTo(new DateOnly(2026, 2, 13));
        var review = await staff.Post("/api/v1/blacklist/terms/review");
        review.GetProperty("extended").GetInt32().ShouldBe(1);
        review.GetProperty("removalDue").GetInt32().ShouldBe(1);

        var due = await staff.Get($"{Api.Cases}/{corrected.Id()}");
        due.GetProperty("removalDue").GetProperty("at").GetDateTime().ShouldBe(RemovalDue);
        due.GetProperty("removalDue").Str("rule").ShouldBe("B-TERM");
        var extended = await staff.Get($"{Api.Cases}/{ignored.Id()}");
        extended.Str("expiresOn").ShouldBe("2028-02-12");
        extended.GetProperty("extensions").GetInt32().ShouldBe(1);
        (await partner.Get($"{Partners.Lookup}/{Sample.Code(602)}")).Str("until").ShouldBe("2028-02-12");
        await staff.Send($"{Api.Cases}/{ignored.Id()}/removal", new { decidedOn = new DateOnly(2026, 2, 13) }).Refused("B-TERM");

        // Removal ends joint punishment at once (L3049–3053).
        (await partner.Get($"{Partners.Lookup}/{Sample.Code(601)}")).GetProperty("listed").GetBoolean().ShouldBeTrue();
        (await staff.Post($"{Api.Cases}/{corrected.Id()}/removal", new { decidedOn = new DateOnly(2026, 2, 13) })).Str("removedOn").ShouldBe("2026-02-13");
        (await partner.Get($"{Partners.Lookup}/{Sample.Code(601)}")).GetProperty("listed").GetBoolean().ShouldBeFalse();

        // A re-listing after removal lasts 2 years.
        var again = await staff.Create(Sample.Case(new DateOnly(2026, 2, 13), 601));
        var relisted = await staff.ListAsync(again.Id(), new DateOnly(2026, 2, 13), new DateOnly(2026, 3, 2));
        relisted.GetProperty("isRelisting").GetBoolean().ShouldBeTrue();
        relisted.Str("expiresOn").ShouldBe("2028-03-02");
    }
}
