using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Zhili.Hotline.Features.Duplicates;

/// <summary>Tells the <see cref="DuplicateFeed"/> that the hotline's context saved on this node, so the next suggestion reads it.</summary>
internal sealed class DuplicateSaves(DuplicateFeed feed) : SaveChangesInterceptor, IModuleInterceptor<HotlineDbContext>
{
    private static readonly AsyncLocal<bool> Receiving = new();

    /// <summary>
    /// The intake writer's saves: their appeals go into the index with <see cref="DuplicateFeed.Received"/> at commit, so
    /// counting them would make the next suggestion read them again, every batch (H-FLOW).
    /// </summary>
    public static IDisposable ReceivedByIntake()
    {
        Receiving.Value = true;
        return new Ended();
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Count();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    private void Count()
    {
        if (!Receiving.Value)
        {
            feed.Saved();
        }
    }

    private sealed class Ended : IDisposable
    {
        public void Dispose() => Receiving.Value = false;
    }
}
