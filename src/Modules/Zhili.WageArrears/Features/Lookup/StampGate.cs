namespace Zhili.WageArrears.Features.Lookup;

/// <summary>
/// B-CREDIT: lets concurrent lookups share one read of the lookup stamp, without ever answering a caller from a read
/// that began before it arrived (which could miss a decision committed just before). Each caller takes a ticket; a
/// read covers every ticket handed out when it began. A caller whose ticket the read in flight does not cover waits
/// for the next read, so under load one read serves a whole batch of lookups and at most two reads' time is waited.
/// </summary>
internal sealed class StampGate
{
    private readonly Lock sync = new();
    private long arrivals;
    private Task<long>? running;
    private long runningCovers;
    private (long Covers, long Version) done = (0, 0);

    public async ValueTask<long> ReadAsync(Func<CancellationToken, Task<long>> read, CancellationToken ct)
    {
        var ticket = Interlocked.Increment(ref arrivals);
        while (true)
        {
            TaskCompletionSource<long>? mine = null;
            Task<long> wait;
            bool covered;
            lock (sync)
            {
                if (done.Covers >= ticket)
                {
                    return done.Version; // a read that began after this caller arrived has finished
                }

                if (running is null)
                {
                    mine = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                    running = mine.Task;
                    runningCovers = Volatile.Read(ref arrivals);
                }

                (wait, covered) = (running, runningCovers >= ticket);
            }

            if (mine is not null)
            {
                await RunAsync(mine, read);
            }

            var version = await wait.WaitAsync(ct);
            if (covered)
            {
                return version;
            }
        }
    }

    /// <summary>One read for everyone waiting: not cancelled by any one caller, its failure reaches all of them.</summary>
    private async Task RunAsync(TaskCompletionSource<long> mine, Func<CancellationToken, Task<long>> read)
    {
        try
        {
            var version = await read(CancellationToken.None);
            lock (sync)
            {
                done = (runningCovers, version);
                running = null;
            }

            mine.SetResult(version);
        }
        catch (Exception e)
        {
            lock (sync)
            {
                running = null;
            }

            mine.SetException(e);
        }
    }
}
