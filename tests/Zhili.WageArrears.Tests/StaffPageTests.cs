using System.Text.RegularExpressions;

namespace Zhili.WageArrears.Tests;

/// <summary>The staff pages: the case list (search, filters, sorting, paging, states with their rule), and the data scope.</summary>
public sealed partial class StaffPageTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> HtmlAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return html;
    }

    /// <summary>A page's Forbid: the sign-in cookie sends the person to the "access denied" page.</summary>
    private static void Denied(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/denied");
    }

    private static List<string> Employers(string html) => EmployerLink().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_LIST_the_case_list_searches_filters_sorts_pages_and_flags_warned_and_overdue_cases(TestDatabase database)
    {
        var app = await fixture.App(database); // today Tue 2025-06-10
        var county = app.Client("zhongyuan.chen;district;410102"); // a county of its own: the other test here works in 金水区
        // Decided 2025-05-06: due 2025-06-04 (20 working days; 05-31..06-02 Dragon Boat off) → overdue.
        await county.Create(Sample.Case(new DateOnly(2025, 5, 6), 1301, "甲逾期公司"));
        // Decided 2025-05-19: 05-20 #1, 21 #2, 22 #3, 23 #4, 26 #5, 27 #6, 28 #7, 29 #8, 30 #9, 06-03 #10, 04 #11, 05 #12,
        // 06 #13, 09 #14, 06-10 #15 → warned today, due 2025-06-17.
        await county.Create(Sample.Case(new DateOnly(2025, 5, 19), 1302, "乙预警公司"));
        await county.Create(Sample.Case(new DateOnly(2025, 6, 3), 1303, "丙待定公司"));
        var listed = await county.Create(Sample.Case(new DateOnly(2025, 5, 6), 1304, "丁列入公司"));
        await county.ListAsync(listed.Id(), new DateOnly(2025, 5, 7), new DateOnly(2025, 5, 20));
        for (var i = 0; i < 18; i++)
        {
            await county.Create(Sample.Case(new DateOnly(2025, 6, 5), 1310 + i, $"戊{i:D2}公司"));
        }

        var warned = await HtmlAsync(county, "/blacklist/cases?state=Warning");
        Employers(warned).ShouldBe(["乙预警公司"]);
        warned.ShouldContain("2025-06-17 24:00 <small class=\"rule\"><a href=\"/gazette/rules/B-LIST\">B-LIST</a></small>");
        warned.ShouldContain("<span class=\"badge\">列入决定即将到期</span>");
        var overdue = await HtmlAsync(county, "/blacklist/cases?state=Overdue");
        Employers(overdue).ShouldBe(["甲逾期公司"]);
        overdue.ShouldContain("<span class=\"error\">列入决定已逾期</span>");
        Employers(await HtmlAsync(county, "/blacklist/cases?state=Listed")).ShouldBe(["丁列入公司"]);
        Employers(await HtmlAsync(county, $"/blacklist/cases?q={Sample.Code(1303).ToLowerInvariant()}")).ShouldBe(["丙待定公司"]);
        Employers(await HtmlAsync(county, "/blacklist/cases?q=预警")).ShouldBe(["乙预警公司"]);

        var sorted = await HtmlAsync(county, "/blacklist/cases?sort=decided");
        var first = Employers(sorted);
        first.Count.ShouldBe(20);
        first.Take(2).ShouldBe(["甲逾期公司", "丁列入公司"], ignoreOrder: true); // both decided 2025-05-06
        first.Skip(2).Take(2).ShouldBe(["乙预警公司", "丙待定公司"]);
        sorted.ShouldContain("aria-sort=\"ascending\"");
        sorted.ShouldContain("共 22 条");
        var second = Employers(await HtmlAsync(county, "/blacklist/cases?sort=decided&page=2"));
        second.Count.ShouldBe(2);
        first.Concat(second).Distinct().Count().ShouldBe(22);
        sorted.ShouldContain("<a href=\"/blacklist/cases\" aria-current=\"page\">"); // the staff's navigation item
        (await HtmlAsync(app.Client(), "/blacklist")).ShouldNotContain("href=\"/blacklist/cases\"");

        // Due for a decision: the warned and the overdue listing, each with its deadline and rule; the review tells the county.
        var due = await HtmlAsync(county, "/blacklist/due");
        due.ShouldContain("2025-06-04 24:00 <small class=\"rule\"><a href=\"/gazette/rules/B-LIST\">B-LIST</a></small>");
        due.ShouldContain("2025-06-17 24:00 <small class=\"rule\"><a href=\"/gazette/rules/B-LIST\">B-LIST</a></small>");
        Employers(due).ShouldBe(["甲逾期公司", "乙预警公司"]);
        var reviewed = await county.PostFormAsync("/blacklist/due", new Dictionary<string, string>(), "/blacklist/due?handler=Review");
        (await reviewed.Content.ReadAsStringAsync(Ct)).ShouldContain("列入预警或逾期 2 件，发出通知 2 条");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_WHO_a_county_sees_only_its_own_cases_and_the_city_bureau_acknowledges_them_for_publication(TestDatabase database)
    {
        var app = await fixture.App(database);
        var county = app.Client(Sample.CountyStaff);
        var other = app.Client(Sample.OtherCountyStaff);
        var city = app.Client(Sample.CityStaff);
        var c = await county.Create(Sample.Case(new DateOnly(2025, 3, 3), 1401, "金水区顺通物流有限公司"));
        await county.ListAsync(c.Id(), new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 20));
        var url = $"/blacklist/cases/{c.Id()}";

        Employers(await HtmlAsync(other, "/blacklist/cases")).ShouldBeEmpty();
        (await other.GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostFormAsync("/blacklist/cases", new Dictionary<string, string> { ["correctedOn"] = "2025-04-01" }, $"{url}?handler=Correction"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Client().GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect); // to sign-in

        // B-PUB: the city bureau reads the county case and acknowledges it; the county cannot.
        // Other tests of this class share the app and may leave county listings of their own awaiting acknowledgement.
        Employers(await HtmlAsync(city, "/blacklist/cases?unacknowledged=true")).ShouldContain("金水区顺通物流有限公司");
        (await HtmlAsync(city, url)).ShouldContain("待确认");
        Denied(await county.PostFormAsync(url, new Dictionary<string, string>(), $"{url}?handler=Acknowledge"));
        (await city.PostFormAsync(url, new Dictionary<string, string>(), $"{url}?handler=Acknowledge")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await HtmlAsync(city, url)).ShouldContain("已确认");
        Employers(await HtmlAsync(city, "/blacklist/cases?unacknowledged=true")).ShouldNotContain("金水区顺通物流有限公司");
        // The city bureau may not take the county's own steps.
        (await city.PostFormAsync(url, new Dictionary<string, string> { ["correctedOn"] = "2025-04-01" }, $"{url}?handler=Correction"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // B-PUB: only the city bureau publishes, through the editions page.
        var publish = new Dictionary<string, string> { ["year"] = "2025", ["quarter"] = "1" };
        Denied(await county.PostFormAsync("/blacklist/editions", publish, "/blacklist/editions?handler=Publish"));
        (await city.PostFormAsync("/blacklist/editions", publish, "/blacklist/editions?handler=Publish")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var editions = await HtmlAsync(city, "/blacklist/editions");
        editions.ShouldContain("2025年第1季度");
        (await HtmlAsync(city, "/blacklist/editions")).ShouldContain("<td>1</td><td>0</td>"); // one listing, no removal
        (await city.PostFormAsync("/blacklist/editions", publish, "/blacklist/editions?handler=Publish")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [GeneratedRegex("<td><a href=\"/blacklist/cases/\\d+\">([^<]+)</a>")]
    private static partial Regex EmployerLink();
}
