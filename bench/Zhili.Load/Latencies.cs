using System.Diagnostics;
using HdrHistogram;

namespace Zhili.Load;

/// <summary>
/// Request latencies in microseconds, in an HDR histogram (3 significant digits, up to an hour): fixed memory whatever
/// the run's length, and histograms of several workers add up. One per worker; it is not safe for concurrent writers.
/// </summary>
public sealed class Latencies
{
    private static readonly long Highest = (long)TimeSpan.FromHours(1).TotalMicroseconds;
    private readonly LongHistogram histogram = new(Highest, 3);

    public long Count => histogram.TotalCount;

    /// <summary>The slowest request in milliseconds (to the histogram's precision), or NaN when none was recorded.</summary>
    public double MaxMilliseconds => Count == 0 ? double.NaN : histogram.GetMaxValue() / 1000.0;

    public void Record(long micros) => histogram.RecordValue(Math.Clamp(micros, 0, Highest));

    /// <summary>Records the time from <paramref name="startedTimestamp"/> (a <see cref="Stopwatch"/> timestamp) to now.</summary>
    public void RecordSince(long startedTimestamp) => Record((long)Stopwatch.GetElapsedTime(startedTimestamp).TotalMicroseconds);

    public void Add(Latencies other) => histogram.Add(other.histogram);

    /// <summary>The latency under which <paramref name="percent"/> % of the requests finished, in milliseconds; NaN when none was recorded.</summary>
    public double Percentile(double percent) => Count == 0 ? double.NaN : histogram.GetValueAtPercentile(percent) / 1000.0;

    public static Latencies Sum(IEnumerable<Latencies> parts)
    {
        var all = new Latencies();
        foreach (var part in parts)
        {
            all.Add(part);
        }

        return all;
    }
}
