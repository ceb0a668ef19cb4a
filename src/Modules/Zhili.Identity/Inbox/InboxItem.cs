namespace Zhili.Identity.Inbox;

/// <summary>A notice in a person's or a unit's inbox (see BuildingBlocks IInbox).</summary>
public sealed class InboxItem : IUnitScoped
{
    public long Id { get; set; }

    public required string UnitCode { get; set; }

    /// <summary>The one addressee, or null for everyone of the unit.</summary>
    public string? UserName { get; set; }

    public required string Kind { get; set; }

    public required string Title { get; set; }

    public string? Body { get; set; }

    public string? Link { get; set; }

    public string? Rule { get; set; }

    public DateTime CreatedAt { get; set; }
}
