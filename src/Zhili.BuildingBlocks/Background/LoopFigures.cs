namespace Zhili.BuildingBlocks.Background;

/// <summary>One loop as this node ran it (instants in UTC on the loop's clock); <see cref="Lag"/> is how far it is behind its interval.</summary>
public sealed record LoopFigures(
    string Name, TimeSpan Interval, bool Running, bool CatchingUp, long Runs, long Failures, DateTimeOffset? LastRun,
    DateTimeOffset? LastSuccess, DateTimeOffset? FailingSince, string? LastError, TimeSpan Lag, bool Ended);

/// <summary>The running state behind <see cref="LoopFigures"/>; written by its loop only, read by the pages.</summary>
internal sealed class LoopState(string name, IBackgroundLoop loop)
{
    private readonly Lock sync = new();
    private DateTimeOffset idleSince;
    private DateTimeOffset? runStarted, lastRun, lastSuccess, failingSince;
    private long runs, failures;
    private string? lastError;
    private bool ended;

    public string Name => name;

    public IBackgroundLoop Loop => loop;

    public void Start(DateTimeOffset at)
    {
        lock (sync)
        {
            idleSince = at;
        }
    }

    public void Begin(DateTimeOffset at)
    {
        lock (sync)
        {
            runStarted = lastRun = at;
            runs++;
        }
    }

    public void End(DateTimeOffset at, Exception? failure)
    {
        lock (sync)
        {
            runStarted = null;
            idleSince = at;
            if (failure is null)
            {
                lastSuccess = at;
                failingSince = null;
                lastError = null;
            }
            else
            {
                failures++;
                failingSince ??= at;
                lastError = $"{failure.GetType().Name}: {failure.Message}";
            }
        }
    }

    public void Finish()
    {
        lock (sync)
        {
            ended = true;
        }
    }

    public LoopFigures Figures()
    {
        lock (sync)
        {
            var now = loop.Clock.GetUtcNow();
            // A run that outlasts its interval, or a wait that does (a loop starved of threads), puts the loop behind.
            var since = runStarted ?? idleSince;
            var lag = loop.Interval == Timeout.InfiniteTimeSpan || ended ? TimeSpan.Zero : now - since - loop.Interval;
            var catchingUp = loop.CatchUp && !ended && lastSuccess is null && (runStarted is not null || runs == 0);
            return new LoopFigures(name, loop.Interval, runStarted is not null, catchingUp, runs, failures, lastRun, lastSuccess, failingSince,
                lastError, lag > TimeSpan.Zero ? lag : TimeSpan.Zero, ended);
        }
    }
}
