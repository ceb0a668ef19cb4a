namespace Zhili.Identity.Inbox;

/// <summary>Posts notices (for every module) and reads a person's inbox: their own notices and their unit's.</summary>
public sealed class InboxService(IdentityDbContext db, TimeProvider clock) : IInbox
{
    public async Task PostAsync(InboxMessage message, CancellationToken cancellationToken)
    {
        db.InboxItems.Add(new InboxItem
        {
            UnitCode = message.UnitCode, UserName = message.UserName, Kind = message.Kind, Title = message.Title,
            Body = message.Body, Link = message.Link, Rule = message.Rule, CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>What a person sees: notices to them, and notices to their unit (the data scope limits the rest).</summary>
    public IQueryable<InboxItem> For(string userName, string unitCode) =>
        db.InboxItems.Where(i => i.UserName == userName || (i.UserName == null && i.UnitCode == unitCode));

    public Task<int> UnreadCountAsync(string userName, string unitCode, CancellationToken ct) =>
        For(userName, unitCode).CountAsync(i => !db.InboxReads.Any(r => r.ItemId == i.Id && r.UserName == userName), ct);

    public async Task MarkReadAsync(long itemId, string userName, CancellationToken ct)
    {
        if (!await db.InboxReads.AnyAsync(r => r.ItemId == itemId && r.UserName == userName, ct))
        {
            db.InboxReads.Add(new InboxRead { ItemId = itemId, UserName = userName, ReadAt = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(ct);
        }
    }

    public Task<bool> IsReadAsync(long itemId, string userName, CancellationToken ct) =>
        db.InboxReads.AnyAsync(r => r.ItemId == itemId && r.UserName == userName, ct);
}
