using System.Text;

namespace Zhili.Security.Tests;

/// <summary>
/// Hardening issue, part 1 (ARCHITECTURE rule 15): a role means nothing without the level of the unit that holds it. Each
/// case the issue found, proved shut: a district's administrator acting as the city, a city role held at a district, and
/// public surfaces that answered a signed-in person otherwise than anyone.
/// </summary>
public sealed class AuthorityByLevelTests(SweepFixture fixture) : IClassFixture<SweepFixture>
{
    private const string DistrictAdmin = "b.admin;admin;410105";
    private const string CityAdmin = "c.admin;admin;410100";
    private const string CityBureau = "c.rsj;department;410100-RSJ";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_district_administrator_holds_no_city_wide_act_and_the_city_administrator_holds_them(TestDatabase database)
    {
        var app = await fixture.App(database);
        var district = app.Client(DistrictAdmin);
        var city = app.Client(CityAdmin);
        var year = """{"year":2031,"source":"测试","days":[{"date":"2031-01-01","name":"元旦","off":true}]}""";

        (await district.PostAsync("/api/v1/kernel/calendar/years", Json(year), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await district.PostAsync("/api/v1/jobs/hotline-deadlines/run", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await district.GetAsync("/api/v1/identity/partners/keys", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await district.GetAsync("/api/v1/audit/verify", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        foreach (var page in new[] { "/admin/jobs", "/admin/calendar/import", "/admin/partners" })
        {
            using var refused = await district.GetAsync(page, Ct);
            refused.Headers.Location?.AbsolutePath.ShouldBe("/account/denied", page);
        }

        (await city.PostAsync("/api/v1/kernel/calendar/years", Json(year), Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await city.GetAsync("/api/v1/identity/partners/keys", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await city.GetAsync("/admin/jobs", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_UNITS_a_district_administrator_adds_streets_under_its_own_district_only(TestDatabase database)
    {
        var app = await fixture.App(database);
        var district = app.Client(DistrictAdmin);

        var elsewhere = await district.PostAsJsonAsync("/api/v1/kernel/units", new { code = "410103977", name = "越权街道", parentCode = "410103", kind = "Street" }, Ct);
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var own = await district.PostAsJsonAsync("/api/v1/kernel/units", new { code = "410105977", name = "本区街道", parentCode = "410105", kind = "Street" }, Ct);
        own.StatusCode.ShouldBe(HttpStatusCode.Created, await own.Content.ReadAsStringAsync(Ct));
        (await district.GetAsync("/api/v1/kernel/units/410103977", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_PUB_only_the_city_bureau_acknowledges_listings_and_publishes_editions(TestDatabase database)
    {
        var app = await fixture.App(database);
        foreach (var notBureau in new[] { DistrictAdmin, CityAdmin, "c.office;city-office;410100-SZDHS", "b.rsj;department;410105" })
        {
            var client = app.Client(notBureau);
            (await client.PostAsJsonAsync("/api/v1/blacklist/editions", new { year = 2025, quarter = 1 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, notBureau);
            (await client.PostAsync("/api/v1/blacklist/cases/1/acknowledgement", null, Ct)).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        }

        var published = await app.Client(CityBureau).PostAsJsonAsync("/api/v1/blacklist/editions", new { year = 2025, quarter = 1 }, Ct);
        published.StatusCode.ShouldBe(HttpStatusCode.Created, await published.Content.ReadAsStringAsync(Ct));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_city_role_held_at_a_district_acts_for_that_district_only(TestDatabase database)
    {
        var app = await fixture.App(database);
        var a = await DistrictRecords.SeedAsync(app);
        var misplaced = app.Client("b.office;city-office;410105");

        (await misplaced.GetAsync($"/api/v1/hotline/appeals/{a.Values["appeals/id"]}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await misplaced.GetStringAsync("/api/v1/hotline/appeals", Ct)).ShouldNotContain(DistrictRecords.Marker);
        (await misplaced.PostAsJsonAsync("/api/v1/hotline/criticisms", new { unitCode = "410103", ground = "LateHandling", reason = "越权",
            bulletinPeriod = "Month", bulletinDate = "2025-05-31" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Public_surfaces_answer_a_signed_in_person_as_they_answer_anyone(TestDatabase database)
    {
        var app = await fixture.App(database);
        var a = await DistrictRecords.SeedAsync(app);
        var number = a.Values["public/appeals/trackingNumber"];
        foreach (var person in new[] { "b.street;street;410105901", "c.auditor;auditor;410100" })
        {
            var client = app.Client(person);
            (await client.GetAsync($"/api/v1/hotline/public/appeals/{number}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, person);
            (await client.GetAsync($"/open311/v2/requests/{number}.json", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, person);
            (await client.GetAsync($"/hotline/status?number={number}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, person);
            var form = await client.PostFormAsync("/hotline/submit", new Dictionary<string, string>
            {
                ["Input.CallerName"] = "王市民", ["Input.CallerPhone"] = "13803710123", ["Input.Type"] = "Help", ["Input.CategoryCode"] = "110101",
                ["Input.Address"] = "金水区经八路", ["Input.Description"] = "路灯不亮",
            });
            form.StatusCode.ShouldBe(HttpStatusCode.Redirect, person);
            form.Headers.Location!.OriginalString.ShouldStartWith("/hotline/status?number=HL");
        }
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
