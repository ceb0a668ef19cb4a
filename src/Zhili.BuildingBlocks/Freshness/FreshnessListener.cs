namespace Zhili.BuildingBlocks.Freshness;

/// <summary>
/// Tells this node of data sets changed elsewhere (ARCHITECTURE rule 18). On PostgreSQL one LISTEN connection: a change
/// committed on any node arrives within milliseconds of its commit; the stamps are read once each time the LISTEN is
/// (re)established, so nothing committed while it was down is missed, and every <see cref="FallbackPoll"/> besides. On
/// SQLite (one node, and at most a command-line process beside it) the stamps are read every <see cref="SqlitePoll"/>.
/// The bound a node's copy may lag another node's commit is therefore: PostgreSQL, the notification's delivery (or, with
/// the LISTEN connection broken, <see cref="FallbackPoll"/> plus <see cref="Retry"/>); SQLite, <see cref="SqlitePoll"/>.
/// </summary>
public sealed class FreshnessListener(
    FreshVersions versions, IEnumerable<FreshContext> contexts, IEnumerable<FreshFollower> followers, DatabaseOptions database,
    IServiceScopeFactory scopes, ILogger<FreshnessListener> logger) : IBackgroundLoop
{
    public const string Channel = "zhili_fresh";
    public static readonly TimeSpan FallbackPoll = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan SqlitePoll = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Retry = TimeSpan.FromSeconds(5);

    private readonly Dictionary<FreshFollower, long> followed = [];

    public string Name => "data.freshness";

    // The body runs until the connection breaks or the node stops, so it has no interval to lag behind.
    public TimeSpan Interval => Timeout.InfiniteTimeSpan;

    public bool RunsAtStart => true;

    /// <summary>After a broken connection or a failed read: try again in <see cref="Retry"/>.</summary>
    public async Task<bool> WaitAsync(CancellationToken stopping)
    {
        await Task.Delay(Retry, stopping);
        return true;
    }

    public Task RunAsync(CancellationToken stopping) => ListenAsync(stopping);

    /// <summary>Runs until the connection breaks (PostgreSQL) or the host stops.</summary>
    private async Task ListenAsync(CancellationToken ct)
    {
        if (database.Provider != DatabaseProvider.Postgres)
        {
            while (true)
            {
                await ReadStampsAsync(ct);
                await Task.Delay(SqlitePoll, ct);
            }
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Notification += (_, n) => Heard(n.Payload);
        await connection.OpenAsync(ct);
        // Not audited: subscribing this connection, no record changes.
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }

        await ReadStampsAsync(ct);
        while (true)
        {
            if (!await connection.WaitAsync(FallbackPoll, ct))
            {
                await ReadStampsAsync(ct);
            }

            await FollowAsync(ct);
        }
    }

    /// <summary>A payload is "set version" for a stamped set, "set" for a signal-only one.</summary>
    private void Heard(string payload)
    {
        var parts = payload.Split(' ');
        versions.Heard(parts[0], parts.Length == 2 && long.TryParse(parts[1], out var version) ? version : null);
    }

    private async Task ReadStampsAsync(CancellationToken ct)
    {
        foreach (var context in contexts.Where(c => c.Sets.Any(s => s.Versioned)))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(context.Context);
            foreach (var stamp in await db.Set<FreshStamp>().AsNoTracking().ToListAsync(ct))
            {
                versions.Moved(stamp.DataSet, stamp.Version);
            }
        }

        await FollowAsync(ct);
    }

    /// <summary>Reloads the copies that follow a set whose version moved past the one they loaded at.</summary>
    private async Task FollowAsync(CancellationToken ct)
    {
        foreach (var follower in followers)
        {
            var version = versions.Known(follower.DataSet);
            if (followed.TryGetValue(follower, out var loaded) && loaded >= version)
            {
                continue;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await follower.ReloadAsync(scope.ServiceProvider, ct);
                followed[follower] = version;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                logger.LogWarning(e, "Reloading {Set} failed; keeping the previous copy until the next change or poll", follower.DataSet);
            }
        }
    }
}
