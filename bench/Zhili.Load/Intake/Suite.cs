using System.Globalization;
using System.Runtime.InteropServices;

namespace Zhili.Load.Intake;

/// <summary>
/// The whole intake measurement in one run: the raw commit rate on the database the app uses, then the office intake
/// and the citizen API as fast as they go, then each at a fixed rate for its latency.
/// </summary>
public static class Suite
{
    public static async Task RunAsync(Options o, TextWriter output)
    {
        var loadBefore = LoadAverage();
        var probe = await Cli.ProbeAsync(o);
        var office = await Cli.TargetAsync(o, "office");
        var citizen = await Cli.TargetAsync(o, "public");
        var seed = Cli.Seed();

        // Warm-up (JIT, connection pools, SQLite page cache): not reported.
        await Load.ClosedAsync("warm-up", office, o.Workers, o.Warmup, seed);
        await Load.ClosedAsync("warm-up", citizen, o.Workers, o.Warmup, seed + 10_000_000);
        if (o.Postgres is { } database)
        {
            // The app prepares its duplicate-suggestion reads on PostgreSQL, and a prepared read keeps one plan until the
            // table's statistics change: measure with the statistics of the warmed-up tables, not of the empty ones.
            await PostgresDatabase.AnalyzeAsync(database);
        }

        var cpu = new CpuTime(o.AppPid);
        var runs = new List<RunResult>
        {
            await Measured(cpu, () => Load.ClosedAsync($"office `POST {office.Path}`, {o.Workers} workers", office, o.Workers, o.Duration, seed + 20_000_000)),
            await Measured(cpu, () => Load.ClosedAsync($"citizen `POST {citizen.Path}`, {o.Workers} workers", citizen, o.Workers, o.Duration, seed + 30_000_000)),
            await Measured(cpu, () => Load.OpenAsync($"office, fixed rate {o.Rate:N0}/s", office, o.Rate, o.Duration, seed + 40_000_000)),
            await Measured(cpu, () => Load.OpenAsync($"citizen, fixed rate {o.Rate:N0}/s", citizen, o.Rate, o.Duration, seed + 50_000_000)),
        };

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Machine: {Machine()}; load average before {loadBefore}, after {LoadAverage()}."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Runs of {o.Duration.TotalSeconds:F0} s each after {o.Warmup.TotalSeconds:F0} s of warm-up per surface; app at {o.Url}."));
        output.WriteLine();
        output.WriteLine(RunResult.Header);
        foreach (var r in runs)
        {
            output.WriteLine(r.Row());
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| **raw limit**: {(o.Postgres is null ? "SQLite" : "PostgreSQL")} commits, one row per transaction, one connection | {probe.Commits:N0} | 0 | {probe.PerSecond:N0} | | | | | |"));
        output.WriteLine();
        output.WriteLine($"Raw-commit probe settings: {probe.Settings}.");
    }

    public static async Task<RunResult> Measured(CpuTime cpu, Func<Task<RunResult>> run)
    {
        var before = cpu.Now();
        var result = await run();
        var after = cpu.Now();
        return result with { Cpu = (after.App - before.App, after.Bench - before.Bench) };
    }

    private static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
