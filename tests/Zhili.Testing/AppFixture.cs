using System.Collections.Concurrent;

namespace Zhili.Testing;

/// <summary>
/// A test class's apps: one per database, each on a fresh database made on first use and dropped at the end.
/// Use as <c>IClassFixture&lt;AppFixture&gt;</c> with <c>[MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]</c>.
/// </summary>
public class AppFixture : IAsyncDisposable
{
    private readonly ConcurrentDictionary<TestDatabase, Lazy<Task<ZhiliFactory>>> apps = new();

    public Task<ZhiliFactory> App(TestDatabase database) =>
        apps.GetOrAdd(database, d => new Lazy<Task<ZhiliFactory>>(() => StartAsync(d))).Value;

    /// <summary>Settings for the host, applied to every app this fixture starts.</summary>
    protected virtual void Configure(ZhiliFactory factory)
    {
    }

    private async Task<ZhiliFactory> StartAsync(TestDatabase kind)
    {
        var database = await DatabaseInstance.CreateAsync(kind);
        var factory = new ZhiliFactory(database);
        Configure(factory);
        factory.StartServer(); // start now: migrations and start-up tasks run here (on the test server, or on Kestrel)
        return factory;
    }

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var app in apps.Values.Where(a => a.IsValueCreated))
        {
            var factory = await app.Value;
            await factory.DisposeAsync();
            await factory.Database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
