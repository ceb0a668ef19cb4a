using Zhili.BuildingBlocks.Background;

namespace Zhili.Web.Tests;

/// <summary>Counts its runs every 20 ms of real time, and whether its last run saw the host stop.</summary>
public sealed class CountingLoop : IBackgroundLoop
{
    private long runs;

    public string Name => "test.counting";

    public TimeSpan Interval => TimeSpan.FromMilliseconds(20);

    public long Runs => Interlocked.Read(ref runs);

    public Task RunAsync(CancellationToken stopping)
    {
        Interlocked.Increment(ref runs);
        return Task.CompletedTask;
    }
}

/// <summary>Fails at every run, once a second of the app's (test) clock.</summary>
public sealed class FailingLoop(TimeProvider clock) : IBackgroundLoop
{
    public string Name => "test.failing";

    public TimeSpan Interval => TimeSpan.FromSeconds(1);

    public TimeProvider Clock => clock;

    public Task RunAsync(CancellationToken stopping) => throw new InvalidOperationException("fails on purpose");
}

/// <summary>Runs at start and waits until the host stops it; records that it was cancelled.</summary>
public sealed class WaitingLoop : IBackgroundLoop
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Cancelled { get; private set; }

    public string Name => "test.waiting";

    public TimeSpan Interval => Timeout.InfiniteTimeSpan;

    public bool RunsAtStart => true;

    public async Task RunAsync(CancellationToken stopping)
    {
        Started.TrySetResult();
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, stopping);
        }
        catch (OperationCanceledException)
        {
            Cancelled = true;
            throw;
        }
    }
}

/// <summary>Drains a queue as the intake writers do: its wait ignores the host's token and ends once the queue is closed and empty.</summary>
public sealed class DrainingLoop : IBackgroundLoop
{
    private readonly System.Threading.Channels.Channel<int> queue = System.Threading.Channels.Channel.CreateUnbounded<int>();
    private int done;

    public int Done => Volatile.Read(ref done);

    public string Name => "test.draining";

    public TimeSpan Interval => Timeout.InfiniteTimeSpan;

    public void Add(int count)
    {
        for (var i = 0; i < count; i++)
        {
            queue.Writer.TryWrite(i).ShouldBeTrue();
        }
    }

    public async Task<bool> WaitAsync(CancellationToken stopping) => await queue.Reader.WaitToReadAsync(CancellationToken.None);

    public async Task RunAsync(CancellationToken stopping)
    {
        // One item a turn, each taking a while: the queue outlasts the host's stop.
        if (queue.Reader.TryRead(out _))
        {
            await Task.Delay(20, CancellationToken.None);
            Interlocked.Increment(ref done);
        }
    }

    public void Stopping() => queue.Writer.TryComplete();
}
