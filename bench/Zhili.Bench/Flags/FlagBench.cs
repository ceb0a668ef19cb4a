using System.Diagnostics;
using System.Globalization;
using Zhili.Roads.Domain;
using Zhili.Roads.Features.Flags;

namespace Zhili.Bench.Flags;

/// <summary>
/// R-FLAG-1…3: the in-memory half of the monthly evaluation (a plain timed program; bench/RESULTS.md): the engine over
/// N segments of 12 districts whose counts sum to about 20 problems a segment (1,000,000 for 50,000), in June with five
/// months of flags behind each, beside a bare sort of the same scores.
/// <c>dotnet run -c Release --project bench/Zhili.Bench -- flags [--segments N] [--runs N]</c>
/// </summary>
internal static class FlagBench
{
    public static void Run(string[] args)
    {
        var (n, runs) = (Int(args, "--segments", 50_000), Int(args, "--runs", 7));
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        var entries = Entries(n, new Random(19));
        Console.WriteLine($"{n:N0} segments, {entries.Sum(e => (long)e.ProblemsFound):N0} problems found");

        Measure(runs, $"FlagEvaluation.Segments, {n:N0} segments, one city-wide ranking", () => FlagEvaluation.Segments(6, entries).Length);
        Measure(runs, $"FlagEvaluation.Shops, {n:N0} lines in 12 districts", () => FlagEvaluation.Shops(6, entries).Length);
        var scores = entries.Select(e => 100 - e.ProblemsFound - 2 * e.CasesOverdue).ToArray();
        Measure(runs, $"raw limit: Array.Sort of {n:N0} int scores (a copy)", () =>
        {
            var copy = (int[])scores.Clone();
            Array.Sort(copy);
            return copy.Length;
        });
    }

    private static FlagEntry[] Entries(int n, Random random)
    {
        var history = new[] { FlagColour.None, FlagColour.Red, FlagColour.Black };
        return [.. Enumerable.Range(0, n).Select(i => new FlagEntry($"D{i % 12:D2}-R{i / 100:D4}-{i % 100:D2}", $"4101{i % 12:D2}",
            (AreaClass)random.Next(1, 4), random.Next(41), random.Next(6), random.Next(4), random.Next(3),
            FlagHistory.Of([.. Enumerable.Range(0, 5).Select(_ => history[random.Next(3)])])))];
    }

    /// <summary>The first run (JIT, cold caches) apart; median, min and max of the rest; CPU time and bytes allocated.</summary>
    private static void Measure(int runs, string what, Func<int> run)
    {
        var (times, bytes) = (new List<double>(), 0L);
        using var process = Process.GetCurrentProcess();
        var cpu = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            process.Refresh();
            var (before, allocated, watch) = (process.TotalProcessorTime, GC.GetAllocatedBytesForCurrentThread(), Stopwatch.StartNew());
            run();
            times.Add(watch.Elapsed.TotalMilliseconds);
            bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - before).TotalMilliseconds);
        }

        var rest = times.Skip(1).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: median {rest[rest.Count / 2]:0.0} ms (min {rest[0]:0.0}, max {rest[^1]:0.0}; first run {times[0]:0.0} ms; {rest.Count} runs; CPU median {cpu.Skip(1).Order().ElementAt(rest.Count / 2):0} ms; {bytes / 1e6:0.0} MB allocated; load average {Load()})"));
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static int Int(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
