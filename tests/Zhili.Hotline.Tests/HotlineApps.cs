using System.Collections.Concurrent;

namespace Zhili.Hotline.Tests;

/// <summary>
/// A fresh app and database for every test: these tests set the clock to dates of their own (the fake clock never goes
/// back), with the audit sealer's timer off, since a 5-second periodic timer would fire once for every 5 seconds skipped.
/// </summary>
public sealed class HotlineApps : IAsyncDisposable
{
    private readonly ConcurrentBag<ZhiliFactory> apps = [];

    public async Task<ZhiliFactory> App(TestDatabase kind, bool demo = false)
    {
        var database = await DatabaseInstance.CreateAsync(kind);
        var factory = new ZhiliFactory(database);
        factory.Settings["Zhili:Audit:SealIntervalSeconds"] = "0";
        factory.Settings["Zhili:Demo"] = demo ? "true" : "false";
        _ = factory.Server;
        apps.Add(factory);
        return factory;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var factory in apps)
        {
            await factory.DisposeAsync();
            await factory.Database.DisposeAsync();
        }
    }
}
