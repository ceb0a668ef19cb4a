using static Zhili.Hotline.Tests.Hotline;
using static Zhili.Hotline.Tests.Streets;

namespace Zhili.Hotline.Tests;

/// <summary>H-BUL counts the street stage (二级转办): per street under its district, with the street's on-time rate.</summary>
public sealed class StreetBulletinTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    private static Dictionary<string, string> Texts(JsonElement b, string code) =>
        Values(b.GetProperty("units").EnumerateArray().Single(u => u.Str("unitCode") == code));

    private static Dictionary<string, string> Values(JsonElement line) =>
        line.GetProperty("values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("text").GetString()!);

    private static List<string?> Units(JsonElement b) => b.GetProperty("units").EnumerateArray().Select(u => u.Str("unitCode")).ToList();

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_BUL_the_bulletin_counts_the_street_stage_per_street_under_its_district(TestDatabase database)
    {
        var app = await fixture.App(database);
        await app.AddStreetsAsync();
        // 2025-06-10 (Tue): A to street 1 due 06-13, B to street 2 due 06-12, C to street 1 due 06-16.
        var (a, b, c) = (await app.AssignedToErqiAsync(), await app.AssignedToErqiAsync(), await app.AssignedToErqiAsync());
        await app.PassDownAsync(a, Erqi1, "2025-06-13");
        await app.PassDownAsync(b, Erqi2, "2025-06-12");
        await app.PassDownAsync(c, Erqi1, "2025-06-16");
        app.At(2025, 6, 11, 9);
        await app.Client(Street1).PostOk($"{Api}/{a}/street/reply", new { text = "已处理" });        // on time
        await app.Client(Street1).PostOk($"{Api}/{c}/street/return", new { reason = "不属本街道" }); // returned: never due
        app.At(2025, 6, 13, 9);
        await app.Client(Street2).PostOk($"{Api}/{b}/street/reply", new { text = "已处理" });        // a day late

        var month = await app.Client(Office).GetFromJsonAsync<JsonElement>("/api/v1/hotline/bulletins/month?date=2025-06-15", Ct);
        Units(month).ShouldBe(["410103", Erqi1, Erqi2]);
        var s1 = Texts(month, Erqi1);
        (s1["streetAssigned"], s1["streetReturned"], s1["streetDue"], s1["streetOnTime"], s1["streetOnTimeRate"])
            .ShouldBe(("2", "1", "1", "1", "100.0%"));
        var s2 = Texts(month, Erqi2);
        (s2["streetAssigned"], s2["streetReturned"], s2["streetDue"], s2["streetOnTime"], s2["streetOnTimeRate"])
            .ShouldBe(("1", "0", "1", "0", "0.0%"));
        // The district's own line keeps its appeals; the street lines add the street's part, not more appeals.
        var district = Texts(month, "410103");
        (district["received"], district["assigned"], district["streetDue"]).ShouldBe(("3", "3", "0"));
        var total = Values(month.GetProperty("total"));
        (total["received"], total["streetAssigned"], total["streetDue"], total["streetOnTimeRate"]).ShouldBe(("3", "3", "2", "50.0%"));

        // Each reader counts its own scope: the district with its streets, another district none of them.
        Units(await app.Client(Erqi).GetFromJsonAsync<JsonElement>("/api/v1/hotline/bulletins/month?date=2025-06-15", Ct))
            .ShouldBe(["410103", Erqi1, Erqi2]);
        // A street counts its own stages; the appeals it was passed count for their lead unit, as a co-handling unit's do.
        var own = await app.Client(Street1).GetFromJsonAsync<JsonElement>("/api/v1/hotline/bulletins/month?date=2025-06-15", Ct);
        Units(own).ShouldNotContain(Erqi2);
        (Texts(own, Erqi1)["streetDue"], Texts(own, Erqi1)["streetOnTimeRate"], Texts(own, "410103")["received"]).ShouldBe(("1", "100.0%", "2"));
        Units(await app.Client(Jinshui).GetFromJsonAsync<JsonElement>("/api/v1/hotline/bulletins/month?date=2025-06-15", Ct))
            .ShouldBeEmpty();
    }
}
