namespace Zhili.Hotline.Domain;

/// <summary>H-LVL: a supervision (督办) of an appeal at a level; raised one level at a time, never lowered while open.</summary>
public sealed class Supervision
{
    public long Id { get; set; }

    public long AppealId { get; set; }

    /// <summary>The supervision case (督办件) this appeal's supervision belongs to, alone or with others on the same problem.</summary>
    public long? CaseId { get; set; }

    public SupervisionLevel Level { get; set; }

    public DateTime OpenedAt { get; set; }

    public required string OpenedBy { get; set; }

    public required string Reason { get; set; }

    public DateTime? ClosedAt { get; set; }

    public List<Escalation> Escalations { get; set; } = [];
}

/// <summary>H-LVL: one escalation, with why.</summary>
public sealed class Escalation
{
    public long Id { get; set; }

    public long SupervisionId { get; set; }

    public SupervisionLevel From { get; set; }

    public SupervisionLevel To { get; set; }

    public DateTime At { get; set; }

    public required string By { get; set; }

    public required string Reason { get; set; }
}
