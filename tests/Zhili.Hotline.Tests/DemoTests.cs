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
        list.GetProperty("total").GetInt32().ShouldBe(5);
        list.GetProperty("items").EnumerateArray().Select(a => a.Str("state")).Distinct().Order()
            .ShouldBe(["Assigned", "Closed", "Received", "Replied"]);
        var wages = await app.Client("renshe.test;department;410100-RSJ").GetFromJsonAsync<JsonElement>("/api/v1/hotline/appeals", Ct);
        var id = wages.GetProperty("items")[0].GetProperty("id").GetInt64();
        (await app.Client("renshe.test;department;410100-RSJ").GetAsync(id)).Str("callerName").ShouldBeNull();
    }
}
