using System.Diagnostics;
using System.Globalization;

namespace Zhili.Bench.Intake;

/// <summary>What one run measured: answers, failures, elapsed time and every request's latency.</summary>
public sealed record RunResult(string Name, long Ok, long Failed, TimeSpan Elapsed, long[] LatencyTicks)
{
    /// <summary>CPU time of the app and of the load generator during the run (zero when the app's process is not known).</summary>
    public (TimeSpan App, TimeSpan Bench) Cpu { get; init; }

    public double PerSecond => Ok / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        if (LatencyTicks.Length == 0)
        {
            return double.NaN;
        }

        var sorted = LatencyTicks.Order().ToArray();
        var index = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)] * 1000.0 / Stopwatch.Frequency;
    }

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {Ok + Failed:N0} | {Failed:N0} | {PerSecond:N0} | {Percentile(50):F1} | {Percentile(99):F1} | {Percentile(100):F1} | {PerAppeal(Cpu.App)} | {PerAppeal(Cpu.Bench)} |");

    private string PerAppeal(TimeSpan cpu) => cpu == TimeSpan.Zero || Ok == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"{cpu.TotalMicroseconds / Ok:F0}");

    public const string Header =
        "| run | requests | failed | appeals/s | p50 ms | p99 ms | max ms | app CPU µs/appeal | load generator CPU µs/appeal |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
}
