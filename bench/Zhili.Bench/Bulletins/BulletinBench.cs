using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zhili.BuildingBlocks.Paging;
using Zhili.BuildingBlocks.Persistence;
using Zhili.BuildingBlocks.Security;
using Zhili.Hotline.Data;
using Zhili.Hotline.Domain.Bulletins;
using Zhili.Hotline.Features.Bulletins;
using Zhili.Kernel;

namespace Zhili.Bench.Bulletins;

/// <summary>
/// H-BUL speed targets (a plain timed program; bench/RESULTS.md): the monthly bulletin over 1,000,000 appeals of 500
/// units under 2 s, the 日清 overdue list over 5,000,000 appeals under 200 ms, each beside a bare full-table count.
/// <c>dotnet run -c Release --project bench/Zhili.Bench -- bulletins [--folder F] [--appeals N] [--daily-appeals N] [--runs N]</c>
/// </summary>
internal static class BulletinBench
{
    public static async Task RunAsync(string[] args)
    {
        var folder = Arg(args, "--folder") ?? Path.Combine(Path.GetTempPath(), "zhili-bench");
        var (monthly, daily, runs, units) = (Int(args, "--appeals", 1_000_000), Int(args, "--daily-appeals", 5_000_000), Int(args, "--runs", 5), 500);
        Directory.CreateDirectory(folder);
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");

        var year = Path.Combine(folder, $"bulletins-{monthly}.db");
        await PrepareAsync(year, monthly, c => new BenchSeeder(c, units, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31),
            Civil.StartOfDayUtc(new DateOnly(2025, 12, 11)), history: true));
        var january = new DateTimeOffset(2026, 1, 5, 10, 0, 0, Civil.ShanghaiOffset);
        await MeasureAsync(year, january, runs, "monthly bulletin 2025-06 (月结), city-wide",
            s => s.PeriodAsync(BulletinPeriod.Month, new DateOnly(2025, 6, 15)), plans: true);
        await MeasureAsync(year, january, runs, "monthly bulletin 2025-06, one unit's data scope", s => Scoped(() => s.PeriodAsync(BulletinPeriod.Month, new DateOnly(2025, 6, 15))));
        await MeasureAsync(year, january, runs, "annual bulletin 2025 (年考核): every appeal", s => s.PeriodAsync(BulletinPeriod.Year, new DateOnly(2025, 6, 15)));
        RawLimits(year, runs);
        Raw(year, runs, "raw limit: SELECT count(*) FROM hotline_appeal_events", "SELECT count(*) FROM hotline_appeal_events");

        var five = Path.Combine(folder, $"bulletins-{daily}.db");
        await PrepareAsync(five, daily, c => new BenchSeeder(c, units, new DateOnly(2021, 1, 1), new DateOnly(2025, 12, 31),
            Civil.StartOfDayUtc(new DateOnly(2025, 12, 11)), history: false));
        var lastDay = new DateTimeOffset(2025, 12, 31, 10, 0, 0, Civil.ShanghaiOffset);
        await MeasureAsync(five, lastDay, runs, "daily list 2025-12-31 (日清): per-unit counts, total, first page of 20",
            s => s.DailyAsync(new DateOnly(2025, 12, 31), new PageRequest(1, 20)), plans: true);
        await MeasureAsync(five, lastDay, runs, "daily list, page 100", s => s.DailyAsync(new DateOnly(2025, 12, 31), new PageRequest(100, 20)));
        RawLimits(five, runs);
    }

    /// <summary>SQLite counts rows from its smallest index; grouping the whole table by unit reads every row.</summary>
    private static void RawLimits(string file, int runs)
    {
        Raw(file, runs, "raw limit: SELECT count(*) FROM hotline_appeals", "SELECT count(*) FROM hotline_appeals");
        Raw(file, runs, "raw limit: SELECT unit_code, count(*) FROM hotline_appeals NOT INDEXED GROUP BY unit_code (full table scan)",
            "SELECT count(*) FROM (SELECT unit_code, count(*) FROM hotline_appeals NOT INDEXED GROUP BY unit_code)");
    }

    private static async Task<T> Scoped<T>(Func<Task<T>> run)
    {
        using var _ = DataScope.Enter(DataScope.For([BenchSeeder.Unit(7)]));
        return await run();
    }

    private static async Task PrepareAsync(string file, int count, Func<SqliteConnection, BenchSeeder> seeder)
    {
        if (File.Exists(file) && SqliteProbe.Scalar(file, "SELECT count(*) FROM hotline_appeals") == count)
        {
            Console.WriteLine($"{file}: {count:N0} appeals already there");
            return;
        }

        File.Delete(file);
        var watch = Stopwatch.StartNew();
        await using (var db = Context(file, DateTimeOffset.UnixEpoch, null))
        {
            await db.Database.MigrateAsync();
        }

        SqliteConnection.ClearAllPools();

        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        // A bulk load of rows consistent by construction: an event may be written before its appeal.
        SqliteProbe.Exec(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-500000;");
        seeder(connection).Seed(count);
        Console.WriteLine($"{file}: seeded {count:N0} appeals in {watch.Elapsed.TotalSeconds:0} s ({new FileInfo(file).Length / 1e6:0} MB)");
    }

    private static async Task MeasureAsync(string file, DateTimeOffset now, int runs, string what, Func<BulletinService, Task> run, bool plans = false)
    {
        var clock = new FixedClock(now);
        var (times, cpu) = (new List<double>(), new List<double>());
        var log = new CommandLog();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i <= runs; i++)
        {
            await using var db = Context(file, now, i == runs && plans ? log : null);
            var service = new BulletinService(db, clock, new BenchUnits(), Options.Create(new BulletinOptions()));
            process.Refresh();
            var (watch, before) = (Stopwatch.StartNew(), process.TotalProcessorTime);
            await run(service);
            times.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - before).TotalMilliseconds);
        }

        Report(what, times, cpu);
        foreach (var ((sql, parameters), took) in log.Commands.Zip(log.Durations))
        {
            SqliteProbe.Plan(file, sql, parameters, took);
        }
    }

    private static void Raw(string file, int runs, string what, string sql)
    {
        var times = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            var watch = Stopwatch.StartNew();
            SqliteProbe.Scalar(file, sql);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        Report(what, times);
    }

    /// <summary>The first run (query compilation, cold caches) is shown apart; median, min and max of the rest.</summary>
    /// <remarks>CPU time of the process beside wall-clock time: on a shared, loaded machine the wall clock waits for a core.</remarks>
    private static void Report(string what, List<double> times, List<double>? cpu = null)
    {
        var rest = times.Skip(1).Order().ToList();
        var used = cpu is null ? "" : string.Create(CultureInfo.InvariantCulture, $"; CPU median {cpu.Skip(1).Order().ElementAt(rest.Count / 2):0} ms");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: median {rest[rest.Count / 2]:0.0} ms (min {rest[0]:0.0}, max {rest[^1]:0.0}; first run {times[0]:0.0} ms; {rest.Count} runs{used}; load average {Load()})"));
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static HotlineDbContext Context(string file, DateTimeOffset now, CommandLog? log)
    {
        var builder = new DbContextOptionsBuilder<HotlineDbContext>();
        ModuleDbContextRegistration.Configure(builder, new DatabaseOptions { ConnectionString = $"Data Source={file}" }, HotlineDbContext.Module);
        if (log is not null)
        {
            builder.AddInterceptors(log);
        }

        return new HotlineDbContext(builder.Options);
    }

    private static string? Arg(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static int Int(string[] args, string name, int fallback) => Arg(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
