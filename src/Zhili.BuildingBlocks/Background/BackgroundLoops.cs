namespace Zhili.BuildingBlocks.Background;

/// <summary>
/// The one supervisor of this node's recurring work (ARCHITECTURE rule 18). The loops start once the host has started,
/// so after the migrations and with the node already serving: a long first run (a catch-up) never holds start-up. A
/// body's failure is logged and counted and the loop goes on; once the host has stopped (the server first) each
/// loop is told, its token cancelled, and every loop awaited.
/// </summary>
public sealed class BackgroundLoops(IEnumerable<IBackgroundLoop> loops, ILogger<BackgroundLoops> logger) : IHostedLifecycleService, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private readonly LoopState[] states = [.. loops.Where(l => l.Enabled).SelectMany(l => Enumerable.Range(1, Math.Max(1, l.Workers))
        .Select(i => new LoopState(l.Workers > 1 ? $"{l.Name}/{i}" : l.Name, l)))];
    private Task[] running = [];
    private int stopped;

    /// <summary>Every enabled loop of this node, by name.</summary>
    public IReadOnlyList<LoopFigures> Figures() => [.. states.Select(s => s.Figures()).OrderBy(f => f.Name, StringComparer.Ordinal)];

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (running.Length == 0 && Volatile.Read(ref stopped) == 0)
        {
            // A loop that first waits sets its timer here, at the clock's start reading; one that runs at once goes to the pool.
            running = [.. states.Select(s => s.Loop.RunsAtStart ? Task.Run(() => RunLoopAsync(s), CancellationToken.None) : RunLoopAsync(s))];
        }

        return Task.CompletedTask;
    }

    // After every other service has stopped, the server first: a loop that drains requests' work (the intake) sees the last of it.
    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1)
        {
            return;
        }

        TellStopping();
        await stopping.CancelAsync();
        await Task.WhenAll(running).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task RunLoopAsync(LoopState state)
    {
        var loop = state.Loop;
        var token = stopping.Token;
        state.Start(loop.Clock.GetUtcNow());
        try
        {
            if (!loop.RunsAtStart && !await loop.WaitAsync(token))
            {
                return;
            }

            do
            {
                state.Begin(loop.Clock.GetUtcNow());
                try
                {
                    await loop.RunAsync(token);
                    state.End(loop.Clock.GetUtcNow(), null);
                }
                catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    state.End(loop.Clock.GetUtcNow(), e);
                    logger.LogWarning(e, "Background loop {Loop} failed; it runs again at its next turn", state.Name);
                }
            }
            // The wait decides, not the token: a loop that drains a queue (the intake) goes on until the queue is empty.
            while (await loop.WaitAsync(token));
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            state.Finish();
        }
    }

    private void TellStopping()
    {
        foreach (var loop in states.Select(s => s.Loop).Distinct())
        {
            loop.Stopping();
        }
    }

    // The test host disposes its services while the program's own shutdown still stops them: the loops are told and
    // cancelled here too, and the token source is left undisposed, as running loops still hold its token.
    public void Dispose()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 0)
        {
            TellStopping();
        }

        stopping.Cancel();
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
