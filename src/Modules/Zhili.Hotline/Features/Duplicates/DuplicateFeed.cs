namespace Zhili.Hotline.Features.Duplicates;

/// <summary>
/// Keeps this node's <see cref="DuplicateIndex"/> as the database has it, so that the office's duplicate suggestions,
/// answered with every appeal it receives, cost no read (H-FLOW). Filled at its first use with the
/// window's open appeals; then every change of an appeal, which always adds an event to it, reaches it by these routes:
/// <list type="bullet">
/// <item>an appeal this node receives, as soon as its batch is committed (<see cref="Received"/>);</item>
/// <item>a change this node saves: the next suggestion first reads the events since the last read (<see cref="Saved"/>);</item>
/// <item>anything else (another node, a job, a save inside a transaction committed later): the events read when the
/// appeals' change signal wakes the feed (<see cref="HotlineDbContext.AppealChanges"/>, pushed at commit), and at the
/// latest every <see cref="Interval"/>.</item>
/// </list>
/// The database stays the record: an index lost with its node is filled again by the next one.
/// </summary>
public sealed class DuplicateFeed(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<DuplicateOptions> options, FreshVersions versions, ILogger<DuplicateFeed> logger)
    : IBackgroundLoop
{
    /// <summary>H-FLOW [decision]: how long a node waits for the change signal before it reads the events anyway.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    // A transaction holds its event ids for milliseconds (its writes and its commit); a gap still open after this is a rollback.
    private static readonly TimeSpan GapTimeout = TimeSpan.FromSeconds(10);

    // At filling, the events this far before the newest are read again, for the transactions still open at that moment.
    private const int StartMargin = 10_000;
    private const int Page = 5_000;

    // The window is dropped from the front when it has moved on this much (the lists are pruned whole under the lock).
    private static readonly TimeSpan DropStep = TimeSpan.FromHours(1);

    private static readonly Expression<Func<Appeal, Stored>> Project = a => new Stored(
        new Candidate(a.Id, a.TrackingNumber, a.Type, a.CategoryCode, a.Address, a.CallerPhoneKey, a.AddressKey, a.Latitude, a.Longitude,
            a.State, a.UnitCode, a.ReceivedAt),
        a.State != AppealState.Closed && a.PrimaryAppealId == null);

    private readonly OneAtATime reading = new();
    private volatile DuplicateIndex? index;
    private EventWatermark? watermark;
    private long saves, caughtUp;

    private TimeSpan Window => TimeSpan.FromDays(options.Value.WindowDays);

    /// <summary>What the database's two reads would return for the probe, or null when only the database can answer.</summary>
    internal async ValueTask<Dictionary<long, Candidate>?> FindAsync(DuplicateProbe p, CancellationToken ct)
    {
        if (index is null || Volatile.Read(ref saves) != Volatile.Read(ref caughtUp))
        {
            await CatchUpAsync(always: false, ct);
        }

        var rows = new Dictionary<long, Candidate>();
        return index!.Find(p, rows) ? rows : null;
    }

    /// <summary>A batch of appeals received on this node is committed.</summary>
    internal void Received(IEnumerable<Appeal> appeals)
    {
        if (index is { } i)
        {
            foreach (var a in appeals)
            {
                i.Received(Candidate.Of(a));
            }
        }
    }

    /// <summary>The hotline's context saved something on this node.</summary>
    internal void Saved() => Interlocked.Increment(ref saves);

    /// <summary>Reads what changed since the last read (and fills the index first when it is not yet).</summary>
    internal async Task CatchUpAsync(bool always, CancellationToken ct)
    {
        var target = Volatile.Read(ref saves);
        using (await reading.EnterAsync(ct))
        {
            // Another caller read after this one's saves were counted: what they saved is in.
            if (!always && index is not null && Volatile.Read(ref caughtUp) - target >= 0)
            {
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
            if (index is null)
            {
                await FillAsync(db, ct);
            }

            await ReadEventsAsync(db, index!, watermark!, ct);
            Volatile.Write(ref caughtUp, target);
        }
    }

    private async Task FillAsync(HotlineDbContext db, CancellationToken ct)
    {
        // Past the data scope: the index serves every reader's suggestions, and each lookup keeps to its reader's scope.
        var newest = await db.Set<AppealEvent>().IgnoreQueryFilters().MaxAsync(e => (long?)e.Id, ct) ?? 0;
        var from = clock.GetUtcNow().UtcDateTime - Window;
        var filled = new DuplicateIndex(options.Value);
        filled.Start(from);
        // Every open appeal of the window, past the data scope for the same reason.
        var open = db.Appeals.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.ReceivedAt >= from && a.State != AppealState.Closed && a.PrimaryAppealId == null).Select(Project);
        await foreach (var s in open.AsAsyncEnumerable().WithCancellation(ct))
        {
            filled.Put(s.Row, s.Live);
        }

        watermark = new EventWatermark(Math.Max(0, newest - StartMargin), GapTimeout);
        index = filled;
        logger.LogInformation("Duplicate index filled with {Count} open appeals received since {From:u}", filled.Count, from);
    }

    /// <summary>The events after the watermark, page by page, and the current row of every appeal they name.</summary>
    private static async Task ReadEventsAsync(HotlineDbContext db, DuplicateIndex into, EventWatermark mark, CancellationToken ct)
    {
        var after = mark.Low;
        while (true)
        {
            // Past the data scope, as the index it keeps (see FillAsync).
            var events = await db.Set<AppealEvent>().IgnoreQueryFilters().AsNoTracking()
                .Where(e => e.Id > after).OrderBy(e => e.Id).Take(Page).Select(e => new { e.Id, e.AppealId, e.Kind }).ToListAsync(ct);
            // The receipt of an appeal this node received and holds already says nothing new: read only the others.
            var changed = events.Where(e => mark.See(e.Id) && !(e.Kind == Appeal.ReceivedKind && into.Holds(e.AppealId)))
                .Select(e => e.AppealId).Distinct().ToList();
            if (changed.Count > 0)
            {
                // Read after the events: each row is at least as new as the events that named it (past the data scope, as above).
                var rows = db.Appeals.IgnoreQueryFilters().AsNoTracking().Where(a => changed.Contains(a.Id)).Select(Project);
                await foreach (var s in rows.AsAsyncEnumerable().WithCancellation(ct))
                {
                    into.Put(s.Row, s.Live);
                }
            }

            if (events.Count < Page)
            {
                break;
            }

            after = events[^1].Id;
        }

        // Gaps close in real seconds, whatever the app's clock says (tests set it).
        mark.Advance(TimeProvider.System.GetUtcNow().UtcDateTime);
    }

    public string Name => "hotline.duplicates";

    TimeSpan IBackgroundLoop.Interval => Interval;

    /// <summary>Woken by the appeals' change signal (this node's commits, and other nodes' through the listener).</summary>
    public async Task<bool> WaitAsync(CancellationToken stopping)
    {
        await versions.WaitAsync(HotlineDbContext.AppealChanges.Name, Interval, stopping);
        return true;
    }

    /// <summary>Reads what changed elsewhere, once the index is filled (until its first use there is nothing to keep).</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        if (index is null)
        {
            return;
        }

        await CatchUpAsync(always: true, stopping);
        var from = clock.GetUtcNow().UtcDateTime - Window;
        if (from - index.CoversFrom >= DropStep)
        {
            index.Drop(from);
        }
    }

    private sealed record Stored(Candidate Row, bool Live);
}
