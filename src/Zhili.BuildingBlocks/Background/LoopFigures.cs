namespace Zhili.BuildingBlocks.Background;

/// <summary>One loop as this node ran it (instants in UTC on the loop's clock); <see cref="Lag"/> is how far it is behind its interval.</summary>
public sealed record LoopFigures(
    string Name, TimeSpan Interval, bool Running, bool CatchingUp, long Runs, long Failures, DateTimeOffset? LastRun,
    DateTimeOffset? LastSuccess, DateTimeOffset? FailingSince, string? LastError, TimeSpan Lag, bool Ended);

/// <summary>
/// The running state behind <see cref="LoopFigures"/>: written by its loop only, each change a new record of its facts,
/// so that the pages read one consistent record without a lock.
/// </summary>
internal sealed class LoopState(string name, IBackgroundLoop loop)
{
    private volatile Facts facts = new();

    public string Name => name;

    public IBackgroundLoop Loop => loop;

    public void Start(DateTimeOffset at) => facts = facts with { IdleSince = at };

    public void Begin(DateTimeOffset at) => facts = facts with { RunStarted = at, LastRun = at, Runs = facts.Runs + 1 };

    public void End(DateTimeOffset at, Exception? failure) => facts = failure is null
        ? facts with { RunStarted = null, IdleSince = at, LastSuccess = at, FailingSince = null, LastError = null }
        : facts with
        {
            RunStarted = null, IdleSince = at, Failures = facts.Failures + 1, FailingSince = facts.FailingSince ?? at,
            LastError = $"{failure.GetType().Name}: {failure.Message}",
        };

    public void Finish() => facts = facts with { Ended = true };

    public LoopFigures Figures()
    {
        var f = facts;
        // A run that outlasts its interval, or a wait that does (a loop starved of threads), puts the loop behind.
        var since = f.RunStarted ?? f.IdleSince;
        var lag = loop.Interval == Timeout.InfiniteTimeSpan || f.Ended ? TimeSpan.Zero : loop.Clock.GetUtcNow() - since - loop.Interval;
        var catchingUp = loop.CatchUp && !f.Ended && f.LastSuccess is null && (f.RunStarted is not null || f.Runs == 0);
        return new LoopFigures(name, loop.Interval, f.RunStarted is not null, catchingUp, f.Runs, f.Failures, f.LastRun, f.LastSuccess,
            f.FailingSince, f.LastError, lag > TimeSpan.Zero ? lag : TimeSpan.Zero, f.Ended);
    }

    private sealed record Facts(
        DateTimeOffset IdleSince = default, DateTimeOffset? RunStarted = null, DateTimeOffset? LastRun = null, DateTimeOffset? LastSuccess = null,
        DateTimeOffset? FailingSince = null, long Runs = 0, long Failures = 0, string? LastError = null, bool Ended = false);
}
