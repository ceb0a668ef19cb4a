namespace Zhili.Load;

/// <summary>Latencies in microseconds: 1 µs steps up to 10 ms, then 100 µs steps up to 1 s, then one bucket for the rest.</summary>
public sealed class Histogram
{
    private const int Fine = 10_000;
    private const int Coarse = 9_900;
    private readonly long[] counts = new long[Fine + Coarse + 1];

    public long Count { get; private set; }

    public long Max { get; private set; }

    public void Record(long micros)
    {
        var bucket = micros < Fine ? micros : Math.Min(Fine + ((micros - Fine) / 100), Fine + Coarse);
        counts[bucket]++;
        Count++;
        Max = Math.Max(Max, micros);
    }

    public void Add(Histogram other)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] += other.counts[i];
        }

        Count += other.Count;
        Max = Math.Max(Max, other.Max);
    }

    /// <summary>The latency under which <paramref name="percent"/> % of the requests finished, in milliseconds.</summary>
    public double Percentile(double percent)
    {
        var rank = (long)Math.Ceiling(Count * percent / 100.0);
        long seen = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            seen += counts[i];
            if (seen >= rank && rank > 0)
            {
                return (i < Fine ? i : Fine + ((i - Fine) * 100L)) / 1000.0;
            }
        }

        return Max / 1000.0;
    }
}
