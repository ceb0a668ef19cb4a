namespace Zhili.BuildingBlocks.Freshness;

/// <summary>
/// A node's copy of one data set, loaded again when the set's known version has moved past the copy's. The version is
/// taken before the load, so a copy is never newer by its tag than by its content: a change this node committed is in
/// the next answer, and another node's within <see cref="FreshnessListener"/>'s bound.
/// </summary>
public sealed class FreshSnapshot<T>(FreshVersions versions, DataSet set, Func<CancellationToken, Task<T>> load)
    where T : class
{
    private readonly OneAtATime loading = new();
    private volatile Held? current;

    public async ValueTask<T> GetAsync(CancellationToken ct)
    {
        if (current is { } held && held.Version >= versions.Known(set.Name))
        {
            return held.Value;
        }

        using (await loading.EnterAsync(ct))
        {
            var version = versions.Known(set.Name);
            if (current is not { } again || again.Version < version)
            {
                current = again = new Held(version, await load(ct));
            }

            return again.Value;
        }
    }

    private sealed record Held(long Version, T Value);
}
