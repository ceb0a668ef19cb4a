using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>Demo mode seeds a handful of appeals at different stages; the confidential one hides its caller from the unit.</summary>
public sealed class DemoTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_demo_appeals_are_seeded_once_at_different_stages(TestDatabase database)
    {
        var app = await fixture.App(database, demo: true);
        var list = await app.Client(Office).GetFromJsonAsync<JsonElement>("/api/v1/hotline/appeals?pageSize=50", Ct);
        list.GetProperty("total").GetInt32().ShouldBe(8);
        list.GetProperty("items").EnumerateArray().Select(a => a.Str("state")).Distinct().Order()
            .ShouldBe(["Assigned", "Closed", "Received", "Replied"]);
        var wages = await app.Client("renshe.test;department;410100-RSJ").GetFromJsonAsync<JsonElement>("/api/v1/hotline/appeals", Ct);
        var id = wages.GetProperty("items")[0].GetProperty("id").GetInt64();
        (await app.Client("renshe.test;department;410100-RSJ").GetAsync(id)).Str("callerName").ShouldBeNull();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_demo_appeals_reach_the_street_level_and_each_street_sees_its_own(TestDatabase database)
    {
        var app = await fixture.App(database, demo: true);
        async Task<List<JsonElement>> Appeals(string user) =>
            [.. (await app.Client(user).GetFromJsonAsync<JsonElement>("/api/v1/hotline/appeals?pageSize=50", Ct)).GetProperty("items").EnumerateArray()];

        var jingbalu = await Appeals("jingbalu.test;street;410105001");
        var huayuanlu = await Appeals("huayuanlu.test;street;410105002");
        (jingbalu.Count, huayuanlu.Count).ShouldBe((2, 1));
        jingbalu.Select(a => a.Str("state")).Order().ShouldBe(["Assigned", "Replied"]);
        var waiting = await app.Client(Jinshui).GetAsync(huayuanlu[0].Id());
        waiting.OnlyStage().Str("state").ShouldBe("Replied");
        // The district sees its own appeal and its streets'; another street of the city sees none of them.
        (await Appeals(Jinshui)).Count.ShouldBe(4);
        (await Appeals("other.test;street;410105003")).ShouldBeEmpty();
    }
}
