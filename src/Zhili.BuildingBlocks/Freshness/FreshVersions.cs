namespace Zhili.BuildingBlocks.Freshness;

/// <summary>
/// What this node knows of each data set: the newest version it has heard of (from its own commits at once, from other
/// nodes through <see cref="FreshnessListener"/>), and a signal for those that wait for the next change.
/// </summary>
public sealed class FreshVersions
{
    private readonly ConcurrentDictionary<string, long> known = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> next = new(StringComparer.Ordinal);

    public long Known(string set) => known.GetValueOrDefault(set);

    /// <summary>A version of the set is committed; versions only go up, whatever order the news arrives in.</summary>
    public void Moved(string set, long version)
    {
        var before = known.GetValueOrDefault(set);
        if (version > before && known.AddOrUpdate(set, version, (_, v) => Math.Max(v, version)) > before)
        {
            Signal(set);
        }
    }

    /// <summary>News of a move: a stamped set's new version, or a signal-only set's change (no version).</summary>
    public void Heard(string set, long? version)
    {
        if (version is { } v)
        {
            Moved(set, v);
        }
        else
        {
            Signal(set);
        }
    }

    /// <summary>Something in the set changed (a signal-only set, or a move): wakes whoever waits for it.</summary>
    public void Signal(string set)
    {
        if (next.TryRemove(set, out var waiting))
        {
            waiting.TrySetResult();
        }
    }

    /// <summary>Waits for the set's next change, or for <paramref name="fallback"/> (a change this node was not told of).</summary>
    public async Task WaitAsync(string set, TimeSpan fallback, CancellationToken ct)
    {
        var waiting = next.GetOrAdd(set, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            await waiting.Task.WaitAsync(fallback, ct);
        }
        catch (TimeoutException)
        {
            // The fallback: the caller reads anyway.
        }
    }
}
