using System.Globalization;

namespace Zhili.Load.Intake;

/// <summary>What one run measured: answers, failures, elapsed time and the answered requests' latencies.</summary>
public sealed record RunResult(string Name, long Failed, TimeSpan Elapsed, Latencies Latencies)
{
    /// <summary>CPU time of the app and of the load generator during the run (zero when the app's process is not known).</summary>
    public (TimeSpan App, TimeSpan Bench) Cpu { get; init; }

    public long Ok => Latencies.Count;

    public double PerSecond => Ok / Elapsed.TotalSeconds;

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {Ok + Failed:N0} | {Failed:N0} | {PerSecond:N0} | {Latencies.Percentile(50):F1} | {Latencies.Percentile(99):F1} | {Latencies.MaxMilliseconds:F1} | {PerAppeal(Cpu.App)} | {PerAppeal(Cpu.Bench)} |");

    private string PerAppeal(TimeSpan cpu) => cpu == TimeSpan.Zero || Ok == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"{cpu.TotalMicroseconds / Ok:F0}");

    public const string Header =
        "| run | requests | failed | appeals/s | p50 ms | p99 ms | max ms | app CPU µs/appeal | load generator CPU µs/appeal |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
}
