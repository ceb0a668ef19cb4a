using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using Zhili.BuildingBlocks.Persistence;
using Zhili.Hotline.Data;
using Zhili.Hotline.Domain;
using Zhili.Hotline.Features.Duplicates;

namespace Zhili.Bench.Duplicates;

/// <summary>
/// H-FLOW's duplicate suggestions, which the office intake answers with every appeal (issue 4, Performance): the CPU
/// and time of one <see cref="DuplicateFinder.SuggestAsync"/> on a SQLite file of 20,000 open appeals, all of one
/// category at one crossing, as the intake benchmark sends them (the worst case: the place read finds its limit), and
/// for an appeal that matches nothing (the two reads' fixed cost).
/// </summary>
[MemoryDiagnoser]
public class DuplicateSuggestionBenchmarks
{
    private const int Stored = 20_000;
    private const string Category = "110101";
    private const string Crossing = "二七区大学路与陇海路交叉口";
    private string folder = "";
    private PooledDbContextFactory<HotlineDbContext> contexts = null!;
    private long next;

    [GlobalSetup]
    public async Task SeedAsync()
    {
        folder = Directory.CreateTempSubdirectory("zhili-dup-").FullName;
        var builder = new DbContextOptionsBuilder<HotlineDbContext>();
        ModuleDbContextRegistration.Configure(
            builder, new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(folder, "dup.db")}" }, HotlineDbContext.Module);
        // Pooled, as the app registers every module's context.
        contexts = new PooledDbContextFactory<HotlineDbContext>(builder.Options);
        await using var db = contexts.CreateDbContext();
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
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, true);
    }

    [Benchmark(Description = "worst case: 10 suggestions at the same crossing")]
    public Task<int> SameCrossing() => SuggestAsync(Category, Crossing, 34.7247, 113.6505);

    [Benchmark(Description = "no match: another category and place")]
    public Task<int> NoMatch() => SuggestAsync("110202", "中原区建设路桐柏路口", 34.7480, 113.6120);

    private async Task<int> SuggestAsync(string category, string address, double lat, double lon)
    {
        await using var db = contexts.CreateDbContext();
        var finder = new DuplicateFinder(db, Options.Create(new DuplicateOptions()));
        var found = await finder.SuggestAsync(Appeal(Stored + next++, category, address, lat, lon, DateTime.UtcNow), CancellationToken.None);
        return found.Count;
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
