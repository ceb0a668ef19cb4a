namespace Zhili.Hotline.Domain;

/// <summary>H-FORM-1 电话跟踪: the written record of one phone follow-up, kept for enquiries (L4166–4172).</summary>
public sealed class PhoneFollowUp : IUnitScoped
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    /// <summary>Whom: the unit called.</summary>
    public required string UnitCode { get; set; }

    /// <summary>Whom: the person spoken to, with their post.</summary>
    public required string Contact { get; set; }

    public DateTime CalledAt { get; set; }

    /// <summary>Who called, for the office.</summary>
    public required string Caller { get; set; }

    /// <summary>What was agreed: measures, requirements, progress.</summary>
    public required string Agreed { get; set; }

    public DateTime RecordedAt { get; set; }

    public required string RecordedBy { get; set; }
}

/// <summary>H-FORM-4 现场督导 (L4203–4213): who went, what they found, what was agreed.</summary>
public sealed class SiteVisit
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public DateTime VisitedAt { get; set; }

    public required string Place { get; set; }

    /// <summary>The office's people, the departments and any media that went along.</summary>
    public List<string> Participants { get; set; } = [];

    public required string Findings { get; set; }

    public required string AgreedActions { get; set; }

    public DateTime RecordedAt { get; set; }

    public required string RecordedBy { get; set; }
}
