namespace Zhili.BuildingBlocks.Persistence;

/// <summary>
/// Turns for the app's own background writers (the hotline's intake writer, the audit sealer) on SQLite. SQLite takes one
/// write transaction at a time, and a writer that finds the file locked sleeps 1, 2, 5, 10 ms… before it tries again, so
/// a request waiting on the intake writer would wait out those sleeps whenever the sealer held the lock (the intake's p99 at
/// 1,000 appeals/s). Writers that take their turn here queue in order of arrival and start the moment the previous one
/// ends. On PostgreSQL writers do not exclude each other and everyone goes through at once.
/// </summary>
public sealed class WriterGate(DatabaseOptions options) : IDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);

    /// <summary>Waits for this writer's turn; dispose the result when its transaction has ended.</summary>
    public async ValueTask<IDisposable> EnterAsync(CancellationToken ct = default)
    {
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            return NoTurn.Instance;
        }

        await turn.WaitAsync(ct);
        return new Turn(turn);
    }

    public void Dispose() => turn.Dispose();

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                turn.Release();
            }
        }
    }

    private sealed class NoTurn : IDisposable
    {
        public static readonly NoTurn Instance = new();

        public void Dispose()
        {
        }
    }
}
