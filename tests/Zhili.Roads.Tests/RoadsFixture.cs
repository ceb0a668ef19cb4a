using System.Collections.Concurrent;

namespace Zhili.Roads.Tests;

/// <summary>
/// The app with the streets the tests register segments on (the kernel ships districts only; streets come from an
/// administrator): 经八路街道 and 花园路街道 of 金水区, 淮河路街道 of 二七区.
/// </summary>
public sealed class RoadsFixture : AppFixture
{
    private readonly ConcurrentDictionary<TestDatabase, Lazy<Task<ZhiliFactory>>> ready = new();

    public Task<ZhiliFactory> Ready(TestDatabase database) =>
        ready.GetOrAdd(database, d => new Lazy<Task<ZhiliFactory>>(() => StreetsAsync(d))).Value;

    private async Task<ZhiliFactory> StreetsAsync(TestDatabase database)
    {
        var app = await App(database);
        var admin = app.Client(TestSignIn.Admin);
        foreach (var (code, name, parent) in new[]
                 { (Sample.JingbaluStreet, "经八路街道", "410105"), (Sample.HuayuanluStreet, "花园路街道", "410105"), (Sample.HuaihelStreet, "淮河路街道", "410103") })
        {
            using var response = await admin.PostAsJsonAsync("/api/v1/kernel/units", new { code, name, parentCode = parent, kind = "Street" },
                TestContext.Current.CancellationToken);
            response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        return app;
    }
}
