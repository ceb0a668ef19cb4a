using Microsoft.EntityFrameworkCore.Diagnostics;
using Zhili.BuildingBlocks.Persistence;
using Zhili.Hotline.Data;

namespace Zhili.Hotline.Features.Duplicates;

/// <summary>Tells the <see cref="DuplicateFeed"/> that the hotline's context saved on this node, so the next suggestion reads it.</summary>
internal sealed class DuplicateSaves(DuplicateFeed feed) : SaveChangesInterceptor, IModuleInterceptor<HotlineDbContext>
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        feed.Saved();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        feed.Saved();
        return ValueTask.FromResult(result);
    }
}
