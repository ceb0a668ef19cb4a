using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Zhili.Web.Hosting;

namespace Zhili.Web.Tests;

public sealed class DemoFixture : AppFixture
{
    protected override void Configure(ZhiliFactory factory) => factory.Settings["Zhili:Demo"] = "true";
}

public sealed class DemoTests(DemoFixture fixture) : IClassFixture<DemoFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Demo_mode_seeds_streets_under_the_urban_districts_once(TestDatabase database)
    {
        var app = await fixture.App(database);
        async Task<int> StreetsAsync() => (await app.Client().GetFromJsonAsync<JsonElement>("/api/v1/kernel/units?kind=Street&pageSize=1", Ct))
            .GetProperty("total").GetInt32();

        var jinshui = await app.Client().GetFromJsonAsync<JsonElement>("/api/v1/kernel/units/410105", Ct);
        jinshui.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldContain("经八路街道");
        var streets = await StreetsAsync();
        streets.ShouldBe(29);

        // Every start in demo mode runs the seeders again; nothing is added twice.
        await DatabaseStartup.PrepareAsync(app.Services, demo: true, NullLogger.Instance, Ct);
        (await StreetsAsync()).ShouldBe(streets);
    }
}
