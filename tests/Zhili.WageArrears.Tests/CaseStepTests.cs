using System.Text.RegularExpressions;

namespace Zhili.WageArrears.Tests;

/// <summary>The case page offers the case's office only the steps its state allows.</summary>
public sealed partial class CaseStepTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_NOTICE_no_listing_is_offered_during_the_defence_period(TestDatabase database)
    {
        var app = await fixture.App(database); // today Tue 2025-06-10
        var county = app.Client(Sample.CountyStaff);
        var id = (await county.Create(Sample.Case(new DateOnly(2025, 6, 9), 1501, "申辩期公司"))).Id();
        var page = $"/blacklist/cases/{id}";
        (await Steps(county, page)).ShouldBe(["Notice", "Fix"], ignoreOrder: true); // no notice served: nothing to list on

        await county.Post($"{Api.Cases}/{id}/notice", new { receivedOn = new DateOnly(2025, 6, 10) });
        var html = await county.GetStringAsync(page, Ct);
        Step().Matches(html).Select(m => m.Groups[1].Value).ShouldBe(["Notice", "DefenceCode", "Defence", "Fix"], ignoreOrder: true);
        html.ShouldContain("陈述申辩期限 2025-06-17 24:00 届满前不能作出列入决定。"); // 5 working days from 06-10 (B-NOTICE)

        app.MoveTo(new DateOnly(2025, 6, 18)); // silence past the deadline waives the defence
        (await Steps(county, page)).ShouldBe(["Notice", "Listing", "Fix"], ignoreOrder: true);
        await county.Post($"{Api.Cases}/{id}/listing", new { decidedOn = new DateOnly(2025, 6, 18) });
        (await Steps(county, page)).ShouldBe(["ObjectionCode", "Objection", "Correction", "Fix"], ignoreOrder: true);
        (await Steps(app.Client(Sample.OtherCountyStaff), page)).ShouldBeEmpty();
    }

    private static async Task<List<string>> Steps(HttpClient client, string page)
    {
        var response = await client.GetAsync(page, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        return response.StatusCode == HttpStatusCode.NotFound ? [] : Step().Matches(html).Select(m => m.Groups[1].Value).ToList();
    }

    [GeneratedRegex("data-step=\"(\\w+)\"")]
    private static partial Regex Step();
}
