namespace Zhili.Hotline.Features.Duplicates;

/// <summary>H-FLOW: the open followers of a primary that has just closed close with it as 重复诉求, in the same save.</summary>
public static class Followers
{
    public static async Task CloseFollowersAsync(this HotlineDbContext db, Appeal primary, DateTime at, string actor, CancellationToken ct)
    {
        if (primary.State != AppealState.Closed)
        {
            return;
        }

        var followers = await db.AppealsWithHistory
            .Where(x => x.PrimaryAppealId == primary.Id && x.State != AppealState.Closed).ToListAsync(ct);
        foreach (var follower in followers)
        {
            follower.CloseWithPrimary(primary, at, actor);
        }
    }
}
