namespace Zhili.Hotline.Domain;

/// <summary>H-EXT: a unit's application for extension or deferral (延期/缓办) and the office's decision.</summary>
public sealed class Extension
{
    public long Id { get; set; }

    public long AppealId { get; set; }

    public required string UnitCode { get; set; }

    public DateTime AppliedAt { get; set; }

    public required string AppliedBy { get; set; }

    public required string Reason { get; set; }

    /// <summary>How many working days the unit asks for.</summary>
    public int WorkingDays { get; set; }

    /// <summary>The deadline when the unit applied.</summary>
    public DateTime DeadlineBefore { get; set; }

    public ExtensionState State { get; set; } = ExtensionState.Pending;

    public DateTime? DecidedAt { get; set; }

    /// <summary>The office's user, or "system" for the automatic refusal of a late application.</summary>
    public string? DecidedBy { get; set; }

    public string? DecisionReason { get; set; }

    /// <summary>The rule behind the decision (H-EXT; K-WD-3 for a late application).</summary>
    public string? DecisionRule { get; set; }

    public DateTime? NewDeadline { get; set; }

    /// <summary>H-EXT: the applicant citizen was informed (when and how).</summary>
    public DateTime? CitizenNotifiedAt { get; set; }

    public string? CitizenNotice { get; set; }
}
