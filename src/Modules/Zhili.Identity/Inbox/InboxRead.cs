namespace Zhili.Identity.Inbox;

/// <summary>That a person has read a notice (a unit's notice is read or unread per person).</summary>
public sealed class InboxRead
{
    public long ItemId { get; set; }

    public required string UserName { get; set; }

    public DateTime ReadAt { get; set; }
}
