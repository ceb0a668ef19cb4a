namespace Zhili.BuildingBlocks.Persistence;

/// <summary>
/// Turns for the app's own background writers (the hotline's intake writer, the audit sealer) on SQLite. SQLite takes one
/// write transaction at a time, and a writer that finds the file locked sleeps 1, 2, 5, 10 ms… before it tries again, so
/// a request waiting on the intake writer would wait out those sleeps whenever the sealer held the lock (the intake's p99 at
/// 1,000 appeals/s). Writers that take their turn here queue in order of arrival and start the moment the previous one
/// ends. On PostgreSQL writers do not exclude each other and everyone goes through at once.
/// </summary>
public sealed class WriterGate(DatabaseOptions options)
{
    private readonly OneAtATime turn = new();

    /// <summary>Waits for this writer's turn; dispose the result when its transaction has ended.</summary>
    public async ValueTask<IDisposable> EnterAsync(CancellationToken ct = default) =>
        options.Provider == DatabaseProvider.Sqlite ? await turn.EnterAsync(ct) : NoTurn.Instance;

    private sealed class NoTurn : IDisposable
    {
        public static readonly NoTurn Instance = new();

        public void Dispose()
        {
        }
    }
}
