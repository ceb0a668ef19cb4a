namespace Zhili.Hotline.Domain;

/// <summary>
/// H-FORM-2 书面督办 (L4174–4188): a 《专项督办通知》 or 《重点督办通知》 to one handling unit, numbered per year, with its
/// due date (stored with the rule that set it), requirements and first responsible person; and the unit's written
/// reply, signed off by that person and sealed. A reply after the due date is accepted and flagged late.
/// </summary>
public sealed class SupervisionNotice : IUnitScoped
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public NoticeKind Kind { get; set; }

    public int Year { get; set; }

    /// <summary>The notice's number within its year (unique per year).</summary>
    public int Sequence { get; set; }

    /// <summary>The document number as printed, e.g. 郑12345督〔2026〕7号.</summary>
    public required string Number { get; set; }

    /// <summary>The addressee: the handling unit.</summary>
    public required string UnitCode { get; set; }

    public DateTime IssuedAt { get; set; }

    public required string IssuedBy { get; set; }

    public required string IssuingOffice { get; set; }

    public int WorkingDays { get; set; }

    public DateTime DueAt { get; set; }

    public required string DueRule { get; set; }

    public required string Requirements { get; set; }

    /// <summary>The appeals the notice is about, as written into it when issued (only the addressee's own appeals).</summary>
    public required string Summary { get; set; }

    public ResponsiblePost ResponsiblePost { get; set; }

    public required string ResponsiblePerson { get; set; }

    public DateTime? RepliedAt { get; set; }

    public string? RepliedBy { get; set; }

    public string? ReplyText { get; set; }

    /// <summary>The first responsible person who signed the reply off (审签).</summary>
    public string? SignedBy { get; set; }

    /// <summary>The reply carries the unit's seal (单位盖章).</summary>
    public bool Sealed { get; set; }

    public string Title => Kind == NoticeKind.Key ? "重点督办通知" : "专项督办通知";

    /// <summary>Flagged when the reply came after the due date.</summary>
    public bool? RepliedLate => RepliedAt is { } at ? at > DueAt : null;

    /// <summary>No reply and the due date has passed.</summary>
    public bool IsOverdue(DateTime now) => RepliedAt is null && now > DueAt;

    /// <summary>The unit's written reply (H-FORM-2): once, sealed, signed off by the notice's first responsible person.</summary>
    public void Reply(NoticeReply reply, DateTime at, string actor)
    {
        if (RepliedAt is not null)
        {
            throw Refuse("notice", $"督办通知 {Number} 已书面回复");
        }

        if (string.IsNullOrWhiteSpace(reply.Text))
        {
            throw Refuse("text", "请填写书面回复的内容");
        }

        if (!string.Equals(reply.SignedBy?.Trim(), ResponsiblePerson, StringComparison.Ordinal))
        {
            throw Refuse("signedBy", $"书面回复须由第一责任人（{SupervisionTexts.Post(ResponsiblePost)}{ResponsiblePerson}）审签");
        }

        if (!reply.Sealed)
        {
            throw Refuse("sealed", "书面回复须加盖单位公章");
        }

        RepliedAt = at;
        RepliedBy = actor;
        ReplyText = reply.Text.Trim();
        SignedBy = ResponsiblePerson;
        Sealed = true;
    }

    private static RuleViolationException Refuse(string field, string reason) => new(field, reason, "H-FORM-2");
}
