namespace Zhili.BuildingBlocks.Background;

/// <summary>
/// Recurring work of this node (ARCHITECTURE rule 18): a name, when to run (an interval, or a wake-up signal bounded by
/// the interval) and a body. <see cref="BackgroundLoops"/> starts it once the node serves, catches, logs and counts the
/// body's failures, shows its figures on <c>/admin/jobs</c> and in <c>/healthz</c>, and cancels and awaits it on stop.
/// Registered with <see cref="BackgroundRegistration.AddBackgroundLoop{TLoop}"/>, as a singleton.
/// </summary>
public interface IBackgroundLoop
{
    /// <summary>Stable name, <c>&lt;module&gt;.&lt;what&gt;</c>, as shown on the jobs page and in the health output.</summary>
    string Name { get; }

    /// <summary>The longest wait between two runs; <see cref="Timeout.InfiniteTimeSpan"/> for a loop run only by its signal or once at start.</summary>
    TimeSpan Interval { get; }

    /// <summary>Off on this node (e.g. a setting turns it off, or it concerns another database provider).</summary>
    bool Enabled => true;

    /// <summary>Runs as soon as the node serves, instead of after the first wait.</summary>
    bool RunsAtStart => false;

    /// <summary>While its first run goes on, the node reports that it is catching up (and still serves).</summary>
    bool CatchUp => false;

    /// <summary>How many copies run side by side (each with its own figures), e.g. one per database writer.</summary>
    int Workers => 1;

    /// <summary>
    /// The clock of the interval and of the loop's figures. Real time by default (rule 6's exception): checkpoints and
    /// listening must go on when a test freezes the app's clock; work that follows the app's time returns the injected one.
    /// </summary>
    TimeProvider Clock => TimeProvider.System;

    /// <summary>Waits until the next run is due; false ends the loop. A loop woken by a signal waits on it here, at most <see cref="Interval"/>.</summary>
    async Task<bool> WaitAsync(CancellationToken stopping)
    {
        await Task.Delay(Interval, Clock, stopping);
        return true;
    }

    Task RunAsync(CancellationToken stopping);

    /// <summary>The host is stopping: called before the loop's token is cancelled, e.g. to close a queue it drains to the end.</summary>
    void Stopping()
    {
    }
}
