using System.Diagnostics;

namespace Zhili.Load.Intake;

/// <summary>The two ways of loading the app: as fast as N workers go (throughput), and at a fixed rate (latency).</summary>
public static class Load
{
    /// <summary>Closed loop: each worker sends its next appeal when the previous one is answered.</summary>
    public static async Task<RunResult> ClosedAsync(string name, Target target, int workers, TimeSpan duration, long firstNumber)
    {
        var next = firstNumber;
        var failed = 0L;
        var clock = Stopwatch.StartNew();
        var lists = await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            var mine = new Latencies();
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                if (await Safe(target, Interlocked.Increment(ref next)))
                {
                    mine.RecordSince(started);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }

            return mine;
        })));
        var elapsed = clock.Elapsed;
        return new RunResult(name, failed, elapsed, Latencies.Sum(lists));
    }

    /// <summary>
    /// Open loop: appeal i is due at start + i / rate and is sent then, whether or not earlier ones were answered; its
    /// latency counts from when it was due, so a stalled server is not hidden by requests it kept from being sent.
    /// </summary>
    public static async Task<RunResult> OpenAsync(string name, Target target, int rate, TimeSpan duration, long firstNumber)
    {
        var total = (int)(rate * duration.TotalSeconds);
        var latencies = new long[total];
        var ok = new bool[total];
        var sends = new Task[total];
        var interval = (double)Stopwatch.Frequency / rate;
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var due = start + (long)(i * interval);
            var wait = due - Stopwatch.GetTimestamp();
            if (wait > 0)
            {
                await Task.Delay(TimeSpan.FromTicks(wait * TimeSpan.TicksPerSecond / Stopwatch.Frequency));
            }

            var n = i;
            sends[i] = Task.Run(async () =>
            {
                ok[n] = await Safe(target, firstNumber + n);
                latencies[n] = (long)Stopwatch.GetElapsedTime(due).TotalMicroseconds;
            });
        }

        await Task.WhenAll(sends);
        var elapsed = Stopwatch.GetElapsedTime(start);
        var good = new Latencies();
        foreach (var i in Enumerable.Range(0, total).Where(i => ok[i]))
        {
            good.Record(latencies[i]);
        }

        return new RunResult(name, total - good.Count, elapsed, good);
    }

    private static async Task<bool> Safe(Target target, long n)
    {
        try
        {
            return await target.SendAsync(n);
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }
}
