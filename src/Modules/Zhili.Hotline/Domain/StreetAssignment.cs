namespace Zhili.Hotline.Domain;

/// <summary>H-FLOW: where a street's part of an appeal (二级转办) stands.</summary>
public enum StreetStageState
{
    Handling = 1, // 街道办理中
    Replied = 2,  // 街道已答复, waiting for the district's review
    Returned = 3, // 街道已回退 to the district
    Accepted = 4, // 区级审核通过, the district replied to the office
    Withdrawn = 5, // ended by the office's 改派
}

/// <summary>
/// H-FLOW 二级转办: a district (the lead unit) passes its appeal down to one of its streets with a deadline within its own;
/// the street replies or returns to the district, never to the office. Scoped to the street, so the street reads and
/// changes its stage, the district and the office read every stage of their scope. See docs/street-level.md.
/// </summary>
public sealed class StreetAssignment : IUnitScoped
{
    public long Id { get; set; }

    public long AppealId { get; set; }

    /// <summary>The street (街道办事处) or township handling this stage.</summary>
    public required string UnitCode { get; set; }

    /// <summary>The district that passed the appeal down (the appeal's lead unit then).</summary>
    public required string DistrictCode { get; set; }

    public StreetStageState State { get; set; } = StreetStageState.Handling;

    public DateTime AssignedAt { get; set; }

    public required string AssignedBy { get; set; }

    public string? Instructions { get; set; }

    /// <summary>The street's deadline: 24:00 of the day the district chose, never after the district's own (H-SLA).</summary>
    public DateTime DeadlineAt { get; set; }

    public DateTime? RepliedAt { get; set; }

    public string? RepliedBy { get; set; }

    public string? Reply { get; set; }

    public DateTime? ReturnedAt { get; set; }

    public string? ReturnReason { get; set; }

    public DateTime? ReviewedAt { get; set; }

    public string? ReviewedBy { get; set; }

    /// <summary>Times the district sent the street's reply back for rework.</summary>
    public int SentBackCount { get; set; }

    /// <summary>Open: the street holds it, or the district has its reply to review.</summary>
    public bool IsOpen => State is StreetStageState.Handling or StreetStageState.Replied;
}
