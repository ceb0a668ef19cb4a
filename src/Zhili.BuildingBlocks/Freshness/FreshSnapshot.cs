namespace Zhili.BuildingBlocks.Freshness;

/// <summary>
/// A node's copy of one data set, loaded again when the set's known version has moved past the copy's. The version is
/// taken before the load, so a copy is never newer by its tag than by its content: a change this node committed is in
/// the next answer, and another node's within <see cref="FreshnessListener"/>'s bound.
/// </summary>
public sealed class FreshSnapshot<T>(FreshVersions versions, DataSet set, Func<CancellationToken, Task<T>> load) : IDisposable
    where T : class
{
    private readonly SemaphoreSlim loading = new(1, 1);
    private volatile Held? current;

    public async ValueTask<T> GetAsync(CancellationToken ct)
    {
        if (current is { } held && held.Version >= versions.Known(set.Name))
        {
            return held.Value;
        }

        await loading.WaitAsync(ct);
        try
        {
            var version = versions.Known(set.Name);
            if (current is not { } again || again.Version < version)
            {
                current = again = new Held(version, await load(ct));
            }

            return again.Value;
        }
        finally
        {
            loading.Release();
        }
    }

    public void Dispose() => loading.Dispose();

    private sealed record Held(long Version, T Value);
}
