using Microsoft.Extensions.DependencyInjection;
using Zhili.Kernel.Units;

namespace Zhili.Web.Tests;

/// <summary>ARCHITECTURE rule 18: a node's directory follows changes committed on another node within the freshness bound.</summary>
public sealed class FreshnessTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_UNITS_a_street_added_on_another_app_node_reaches_this_nodes_directory(TestDatabase database)
    {
        var app = await fixture.App(database);
        var units = app.Services.GetRequiredService<IAdminUnits>();
        units.Find("410105902").ShouldBeNull();
        // A second node on the same database, as behind a load balancer.
        await using var node2 = new ZhiliFactory(app.Database);
        node2.Settings["Zhili:Audit:SealIntervalSeconds"] = "0";
        var street = new { code = "410105902", name = "新鲜路街道", parentCode = "410105", kind = "Street" };
        (await node2.Client(TestSignIn.Admin).PostAsJsonAsync("/api/v1/kernel/units", street, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        // The adding node answers from a copy with its own change at once.
        node2.Services.GetRequiredService<IAdminUnits>().Find("410105902").ShouldNotBeNull();

        var seen = await Eventually.Until(() => Task.FromResult(units.Find("410105902")), u => u is not null);
        seen.ShouldNotBeNull().Name.ShouldBe("新鲜路街道");
    }
}
