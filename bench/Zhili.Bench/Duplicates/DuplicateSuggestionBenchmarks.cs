using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Persistence;
using Zhili.Hotline.Data;
using Zhili.Hotline.Domain;
using Zhili.Hotline.Features.Duplicates;

namespace Zhili.Bench.Duplicates;

/// <summary>
/// H-FLOW's duplicate suggestions, which the office intake answers with every appeal (issue 4, Performance): the CPU
/// and time of one suggestion on a SQLite file of 20,000 open appeals, all of one category at one crossing, as the
/// intake benchmark sends them (the worst case: the place read finds its limit), and for an appeal that matches nothing
/// (the fixed cost). Each both ways: <see cref="DuplicateFinder.SuggestAsync"/> for the office, answered from the
/// node's memory (<see cref="DuplicateFeed"/>), and the two database reads that answer a unit's scope.
/// </summary>
[MemoryDiagnoser]
public class DuplicateSuggestionBenchmarks
{
    private const int Stored = 20_000;
    private const string Category = "110101";
    private const string Crossing = "二七区大学路与陇海路交叉口";
    private string folder = "";
    private ServiceProvider services = null!;
    private long next;

    [GlobalSetup]
    public async Task SeedAsync()
    {
        folder = Directory.CreateTempSubdirectory("zhili-dup-").FullName;
        // Pooled, as the app registers every module's context, with the suggestions' services as the app has them.
        services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddOptions()
            .AddDbContextPool<HotlineDbContext>(o => ModuleDbContextRegistration.Configure(
                o, new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(folder, "dup.db")}" }, HotlineDbContext.Module))
            .AddSingleton<DuplicateFeed>().AddScoped<DuplicateFinder>().BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        await db.Database.MigrateAsync();
        var start = DateTime.UtcNow.AddHours(-Stored / 3600.0);
        for (var n = 0; n < Stored; n += 1_000)
        {
            db.Appeals.AddRange(Enumerable.Range(n, 1_000).Select(i => Appeal(i, Category, Crossing, 34.7247, 113.6505, start.AddSeconds(i))));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, true);
    }

    [Benchmark(Description = "office, from memory: 10 suggestions at the same crossing")]
    public Task<int> SameCrossing() => SuggestAsync(Category, Crossing, 34.7247, 113.6505);

    [Benchmark(Description = "office, from memory: no match")]
    public Task<int> NoMatch() => SuggestAsync("110202", "中原区建设路桐柏路口", 34.7480, 113.6120);

    [Benchmark(Description = "database reads: 10 suggestions at the same crossing")]
    public Task<int> SameCrossingRead() => ReadAsync(Category, Crossing, 34.7247, 113.6505);

    [Benchmark(Description = "database reads: no match")]
    public Task<int> NoMatchRead() => ReadAsync("110202", "中原区建设路桐柏路口", 34.7480, 113.6120);

    private async Task<int> SuggestAsync(string category, string address, double lat, double lon)
    {
        await using var scope = services.CreateAsyncScope();
        var finder = scope.ServiceProvider.GetRequiredService<DuplicateFinder>();
        var found = await finder.SuggestAsync(Appeal(Stored + next++, category, address, lat, lon, DateTime.UtcNow), CancellationToken.None);
        return found.Count;
    }

    private async Task<int> ReadAsync(string category, string address, double lat, double lon)
    {
        await using var scope = services.CreateAsyncScope();
        var finder = scope.ServiceProvider.GetRequiredService<DuplicateFinder>();
        var probe = DuplicateProbe.Of(Appeal(Stored + next++, category, address, lat, lon, DateTime.UtcNow), new DuplicateOptions());
        return (await finder.ReadAsync(probe, CancellationToken.None)).Count;
    }

    /// <summary>An appeal as the office receives it, each with its own caller phone.</summary>
    private static Appeal Appeal(long n, string category, string address, double lat, double lon, DateTime at)
    {
        var appeal = new Appeal
        {
            TrackingNumber = $"HLBENCH{n:000000000}", Channel = Channel.Phone, CallerName = "张卫东", CallerPhone = $"138{n % 100_000_000:00000000}",
            Type = AppealType.Complaint, CategoryCode = category, Address = address, Latitude = lat, Longitude = lon,
            Description = "早晚高峰有流动摊贩占用人行道经营，行人只能走机动车道。", ReceivedAt = at, ReceivedBy = "office",
        };
        appeal.Received("office");
        return appeal;
    }
}
