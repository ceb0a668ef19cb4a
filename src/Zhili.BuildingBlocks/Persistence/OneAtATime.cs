using System.Diagnostics.CodeAnalysis;

namespace Zhili.BuildingBlocks.Persistence;

/// <summary>
/// One caller at a time through a singleton's async section: <c>using (await turn.EnterAsync(ct)) { … }</c>. It is never
/// disposed: the container disposes singletons while requests and loops may still wait for their turn, and a disposed
/// SemaphoreSlim never wakes its waiters, so they would wait for ever.
/// </summary>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "Waiters must wake even while the container disposes (see summary).")]
public sealed class OneAtATime
{
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Waits for the turn; dispose the result to end it (once: a second dispose does nothing).</summary>
    public async ValueTask<IDisposable> EnterAsync(CancellationToken ct = default)
    {
        await gate.WaitAsync(ct);
        return new Turn(gate);
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref ended, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
