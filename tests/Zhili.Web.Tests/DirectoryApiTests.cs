using System.Text.Json;

namespace Zhili.Web.Tests;

public sealed class DirectoryApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> GetAsync(HttpClient client, string url) =>
        await client.GetFromJsonAsync<JsonElement>(url, Ct);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_UNITS_county_level_units_carry_national_codes_and_zones_our_own(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client();

        var zhongyuan = (await GetAsync(client, "/api/v1/kernel/units/410102")).GetProperty("unit");
        zhongyuan.GetProperty("name").GetString().ShouldBe("中原区");
        zhongyuan.GetProperty("kind").GetString().ShouldBe("District");
        zhongyuan.GetProperty("parentCode").GetString().ShouldBe("410100");

        var zones = await GetAsync(client, "/api/v1/kernel/units?kind=DevelopmentZone&sort=code");
        zones.GetProperty("items").EnumerateArray().Select(u => $"{u.GetProperty("code").GetString()} {u.GetProperty("name").GetString()}")
            .ShouldBe(["4101D1 郑东新区", "4101D2 郑州航空港经济综合实验区", "4101D3 郑州经济开发区", "4101D4 郑州高新区"]);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_UNITS_the_urban_scope_is_five_districts_and_four_zones(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client();
        var all = await GetAsync(client, "/api/v1/kernel/units?pageSize=200");

        var urban = all.GetProperty("items").EnumerateArray().Where(u => u.GetProperty("inUrbanScope").GetBoolean() && u.GetProperty("kind").GetString() != "Street")
            .Select(u => u.GetProperty("name").GetString()!).Order().ToList();
        urban.ShouldBe(new[] { "中原区", "二七区", "金水区", "管城回族区", "惠济区", "郑州航空港经济综合实验区", "郑东新区", "郑州经济开发区", "郑州高新区" }.Order().ToList());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_BLOCKS_three_blocks_of_four_seven_and_five_units(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client();
        var blocks = (await GetAsync(client, "/api/v1/kernel/blocks")).EnumerateArray()
            .ToDictionary(b => b.GetProperty("code").GetString()!, b => b.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("name").GetString()).ToList());

        blocks["zones"].Count.ShouldBe(4);
        blocks["counties"].ShouldBe(["上街区", "巩义市", "荥阳市", "新密市", "新郑市", "登封市", "中牟县"], ignoreOrder: true);
        blocks["urban"].ShouldBe(["中原区", "二七区", "管城回族区", "金水区", "惠济区"], ignoreOrder: true);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task List_searches_sorts_and_pages(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client();

        var search = await GetAsync(client, "/api/v1/kernel/units?q=民政");
        search.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("name").GetString()).ShouldBe(["市民政局"]);

        var page2 = await GetAsync(client, "/api/v1/kernel/units?kind=Department&sort=-code&page=2&pageSize=5");
        page2.GetProperty("pageNumber").GetInt32().ShouldBe(2);
        page2.GetProperty("items").GetArrayLength().ShouldBe(5);
        page2.GetProperty("sort").GetString().ShouldBe("-code");
        var codes = page2.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("code").GetString()!).ToList();
        codes.ShouldBe(codes.OrderByDescending(c => c, StringComparer.Ordinal).ToList());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_unknown_unit_is_a_404_problem(TestDatabase database)
    {
        var response = await (await fixture.App(database)).Client().GetAsync("/api/v1/kernel/units/999999", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_UNITS_an_administrator_adds_a_street_under_a_district(TestDatabase database)
    {
        var app = await fixture.App(database);
        var street = new { code = "410105901", name = "测试路街道", parentCode = "410105", kind = "Street" };

        (await app.Client().PostAsJsonAsync("/api/v1/kernel/units", street, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.Client("clerk;district").PostAsJsonAsync("/api/v1/kernel/units", street, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var created = await app.Client(TestSignIn.Admin).PostAsJsonAsync("/api/v1/kernel/units", street, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldBe("/api/v1/kernel/units/410105901");

        var jinshui = await GetAsync(app.Client(), "/api/v1/kernel/units/410105");
        jinshui.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ShouldContain("410105901");
        var added = (await GetAsync(app.Client(), "/api/v1/kernel/units/410105901")).GetProperty("unit");
        added.GetProperty("block").GetString().ShouldBe("urban");
        added.GetProperty("inUrbanScope").GetBoolean().ShouldBeTrue();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_UNITS_a_street_with_a_bad_code_or_parent_is_refused_and_nothing_changes(TestDatabase database)
    {
        var app = await fixture.App(database);
        var admin = app.Client(TestSignIn.Admin);
        var before = (await GetAsync(admin, "/api/v1/kernel/units?pageSize=1")).GetProperty("total").GetInt32();

        // The code must be the parent's code plus three digits; a department cannot hold a street.
        var response = await admin.PostAsJsonAsync("/api/v1/kernel/units",
            new { code = "410102901", name = "错误街道", parentCode = "410105", kind = "Street" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var violation = (await response.ReadJsonAsync()).GetProperty("violations").EnumerateArray().Single();
        violation.GetProperty("field").GetString().ShouldBe("code");
        violation.GetProperty("rule").GetString().ShouldBe("K-UNITS");

        var underDepartment = await admin.PostAsJsonAsync("/api/v1/kernel/units",
            new { code = "410100-MZJ001", name = "某街道", parentCode = "410100-MZJ", kind = "Street" }, Ct);
        underDepartment.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await underDepartment.ReadJsonAsync()).GetProperty("errors").TryGetProperty("parentCode", out _).ShouldBeTrue();

        (await GetAsync(admin, "/api/v1/kernel/units?pageSize=1")).GetProperty("total").GetInt32().ShouldBe(before);
    }
}
