namespace Zhili.BuildingBlocks.Freshness;

/// <summary>
/// A copy read synchronously (the directory, the calendar), so reloaded ahead of its readers: by the
/// <see cref="FreshnessListener"/> when its set moves elsewhere, and by the saving code itself after its own commit.
/// </summary>
public sealed record FreshFollower(string DataSet, Func<IServiceProvider, CancellationToken, Task> ReloadAsync);
