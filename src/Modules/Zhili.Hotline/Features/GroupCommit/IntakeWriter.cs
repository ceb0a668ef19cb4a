using System.Threading.Channels;
using Channel = System.Threading.Channels.Channel;

namespace Zhili.Hotline.Features.GroupCommit;

/// <summary>
/// Group commit for intake (H-FLOW). A disk flushes only so many commits a second
/// (bench/RESULTS.md measures it beside the intake rate), so one transaction per appeal caps intake there. Requests
/// queue their validated appeal here and wait; a writer drains the queue into one transaction per batch (appeals, their
/// events and their audit records, ARCHITECTURE rule 11), commits (the flush), and only then answers every request in
/// the batch. Nobody is told "received" before the commit. Each writer is a loop of the node's supervised background
/// work (ARCHITECTURE rule 18), started once the node serves.
/// </summary>
public sealed class IntakeWriter : IBackgroundLoop
{
    private readonly Channel<IntakeItem> queue;
    private readonly ICurrentActor? actor;
    private readonly int maxBatch;
    private readonly IntakeBatch batches;

    public IntakeWriter(
        IServiceScopeFactory scopes, DatabaseOptions database, WriterGate gate, DuplicateFeed duplicates, IOptions<IntakeOptions> options, IntakeMetrics metrics,
        ILogger<IntakeWriter> logger, ICurrentActor? actor = null)
    {
        this.actor = actor;
        maxBatch = Math.Max(1, options.Value.MaxBatch);
        // Requests wait to queue when the writers fall this far behind.
        queue = Channel.CreateBounded<IntakeItem>(new BoundedChannelOptions(4 * maxBatch) { FullMode = BoundedChannelFullMode.Wait });
        batches = new IntakeBatch(scopes, gate, duplicates, metrics, logger);
        Workers = Math.Max(1, options.Value.Writers ?? (database.Provider == DatabaseProvider.Postgres ? 2 : 1));
    }

    public string Name => "hotline.intake";

    // Woken by the queue only.
    public TimeSpan Interval => Timeout.InfiniteTimeSpan;

    public int Workers { get; }

    /// <summary>Appeals queued and not yet taken into a batch.</summary>
    internal int Queued => queue.Reader.Count;

    /// <summary>Saves the appeal (with its events) in the next batch; returns once it is committed, throws when it was not.</summary>
    public async Task WriteAsync(Appeal appeal, CancellationToken ct)
    {
        var item = new IntakeItem(appeal, DataScope.Current, ActorSnapshot.Of(actor));
        await queue.Writer.WriteAsync(item, ct);
        // Once queued the appeal is written whatever the caller does, so the caller waits for the outcome, not for its token.
        await item.Outcome.Task;
    }

    // Not the host's token: what is queued is written even while the node stops; the loop ends once the queue is closed and empty.
    public async Task<bool> WaitAsync(CancellationToken stopping) => await queue.Reader.WaitToReadAsync(CancellationToken.None);

    public async Task RunAsync(CancellationToken stopping)
    {
        var batch = new List<IntakeItem>(maxBatch);
        while (batch.Count < maxBatch && queue.Reader.TryRead(out var item))
        {
            batch.Add(item);
        }

        if (batch.Count > 0)
        {
            await batches.WriteAsync(batch);
        }
    }

    // The server has stopped taking requests and finished those in flight: the writers write what is left, then stop.
    public void Stopping() => queue.Writer.TryComplete();
}
