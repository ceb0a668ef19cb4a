namespace Zhili.Hotline.Features.Duplicates;

/// <summary>
/// How far a node has read the appeals' events, which it reads in the order of their ids. Ids are handed out when a
/// transaction writes, not when it commits, so on PostgreSQL an event may become visible after one with a larger id
/// (two intake writers, or a save beside a batch): an id skipped over is a gap, read again until it shows or until
/// <paramref name="gapTimeout"/> has passed (a rolled-back transaction leaves a gap for ever). <see cref="Low"/> is the
/// id up to which every event has been seen or given up on; the next read starts after it. Still needed with the pushed
/// change signal: the signal says when to read, not that every smaller id has committed.
/// </summary>
internal sealed class EventWatermark(long low, TimeSpan gapTimeout)
{
    private readonly SortedSet<long> seen = [];
    private readonly Dictionary<long, DateTime> gapsSince = [];
    private long gapsNotedUpTo = low;

    public long Low { get; private set; } = low;

    /// <summary>True the first time an event is seen; false for one seen before (a read again past a gap).</summary>
    public bool See(long id) => id > Low && seen.Add(id);

    /// <summary>Notes the gaps below the newest event seen, then moves <see cref="Low"/> over what is seen or given up on.</summary>
    public void Advance(DateTime now)
    {
        if (seen.Count == 0)
        {
            return;
        }

        for (var id = Math.Max(gapsNotedUpTo, Low) + 1; id < seen.Max; id++)
        {
            if (!seen.Contains(id))
            {
                gapsSince.TryAdd(id, now);
            }
        }

        gapsNotedUpTo = Math.Max(gapsNotedUpTo, seen.Max);
        while (seen.Count > 0)
        {
            var next = Low + 1;
            if (seen.Remove(next) || (gapsSince.TryGetValue(next, out var since) && now - since >= gapTimeout))
            {
                gapsSince.Remove(next);
                Low = next;
                continue;
            }

            break;
        }
    }
}
