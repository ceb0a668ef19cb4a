using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zhili.BuildingBlocks.Persistence;
using Zhili.BuildingBlocks.Security;
using Zhili.Hotline.Domain;
using Zhili.Hotline.Features.Duplicates;
using Channel = System.Threading.Channels.Channel;

namespace Zhili.Hotline.Features.GroupCommit;

/// <summary>
/// Group commit for intake (H-FLOW). A disk flushes only so many commits a second
/// (bench/RESULTS.md measures it beside the intake rate), so one transaction per appeal caps intake there. Requests
/// queue their validated appeal here and wait; a writer drains the queue into one transaction per batch (appeals, their
/// events and their audit records, ARCHITECTURE rule 11), commits (the flush), and only then answers every request in
/// the batch. Nobody is told "received" before the commit.
/// </summary>
public sealed class IntakeWriter : IHostedLifecycleService
{
    private readonly Channel<IntakeItem> queue;
    private readonly ICurrentActor? actor;
    private readonly int maxBatch;
    private readonly Task[] writers;

    public IntakeWriter(
        IServiceScopeFactory scopes, DatabaseOptions database, WriterGate gate, DuplicateFeed duplicates, IOptions<IntakeOptions> options, IntakeMetrics metrics,
        ILogger<IntakeWriter> logger, ICurrentActor? actor = null)
    {
        this.actor = actor;
        maxBatch = Math.Max(1, options.Value.MaxBatch);
        // Requests wait to queue when the writers fall this far behind.
        queue = Channel.CreateBounded<IntakeItem>(new BoundedChannelOptions(4 * maxBatch) { FullMode = BoundedChannelFullMode.Wait });
        var batches = new IntakeBatch(scopes, gate, duplicates, metrics, logger);
        var count = options.Value.Writers ?? (database.Provider == DatabaseProvider.Postgres ? 2 : 1);
        writers = Enumerable.Range(0, Math.Max(1, count)).Select(_ => Task.Run(() => DrainAsync(batches))).ToArray();
    }

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

    private async Task DrainAsync(IntakeBatch batches)
    {
        var batch = new List<IntakeItem>(maxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < maxBatch && queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            if (batch.Count > 0)
            {
                await batches.WriteAsync(batch);
            }
        }
    }

    // The server has stopped taking requests and finished those in flight: write what is left, then stop.
    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        await Task.WhenAll(writers);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
