using Microsoft.Extensions.DependencyInjection;
using Zhili.Hotline.Features.Categories;
using static Zhili.Hotline.Tests.Hotline;
using static Zhili.Hotline.Tests.IntakeKit;

namespace Zhili.Hotline.Tests;

/// <summary>H-FLOW, ARCHITECTURE rule 18: a node's leaf categories follow an edit on another node within the freshness bound.</summary>
public sealed class CategoryNodesTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_a_category_retired_on_another_app_node_leaves_this_nodes_leaves(TestDatabase database)
    {
        var app = await fixture.App(database);
        var leaves = app.Services.GetRequiredService<LeafCategories>();
        (await leaves.FindAsync("110101", TestContext.Current.CancellationToken)).ShouldNotBeNull(); // this node now holds its copy
        await using var node2 = new ZhiliFactory(app.Database);
        node2.Settings["Zhili:Audit:SealIntervalSeconds"] = "0";

        await node2.Client(Office).PostOk($"{Categories}/110101/retire", new { });
        // The retiring node knows at once; this one within the bound.
        (await node2.Services.GetRequiredService<LeafCategories>().FindAsync("110101", TestContext.Current.CancellationToken)).ShouldBeNull();
        var seen = await Eventually.Until(() => leaves.FindAsync("110101", TestContext.Current.CancellationToken).AsTask(), l => l is null);
        seen.ShouldBeNull();
    }
}
