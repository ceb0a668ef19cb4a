namespace Zhili.WageArrears.Domain;

/// <summary>
/// A blacklist case: the parties (B-WHO), the administrative decision and grounds it rests on (B-WHY), the notice and
/// defence (B-NOTICE), the listing decision (B-LIST), its term (B-TERM) and its corrections (B-FIX).
/// <see cref="UnitCode"/> is the deciding human-resources bureau (410100-RSJ or a county unit).
/// </summary>
public sealed partial class BlacklistCase : IUnitScoped, IVersioned
{
    public int Id { get; private set; }

    /// <summary>ARCHITECTURE rule 16: moved by every change of the case, its parties, objections, access codes and notices.</summary>
    public int Version { get; private set; }

    public required string UnitCode { get; init; }

    public List<Party> Parties { get; init; } = [];

    public required string DecisionNumber { get; set; }

    public DateOnly DecisionDate { get; init; }

    public Ground Grounds { get; set; }

    /// <summary>B-LIST: end of the 20th working day after the administrative decision.</summary>
    public DateTime ListingDueAt { get; init; }

    public string ListingDueRule { get; init; } = "B-LIST";

    public DateOnly? NoticeReceivedOn { get; private set; }

    /// <summary>B-NOTICE: end of the 5th working day after the notice was received.</summary>
    public DateTime? DefenceDueAt { get; private set; }

    public string? DefenceDueRule { get; private set; }

    public DateOnly? DefenceFiledOn { get; private set; }

    public string? Defence { get; private set; }

    /// <summary>The employer filed the defence itself through the public form, with the notice's access code.</summary>
    public bool DefenceFiledOnline { get; private set; }

    public DateOnly? ListedOn { get; private set; }

    public bool IsRelisting { get; private set; }

    public DateOnly? ExpiresOn { get; private set; }

    public int Extensions { get; private set; }

    /// <summary>B-TERM: the employer corrected the unlawful act (改正违法行为).</summary>
    public DateOnly? CorrectedOn { get; private set; }

    public DateTime? RemovalDueAt { get; private set; }

    public string? RemovalDueRule { get; private set; }

    public DateOnly? RemovedOn { get; private set; }

    public string? RemovalReason { get; private set; }

    /// <summary>B-FIX: why the entry was last corrected.</summary>
    public string? FixReason { get; private set; }

    public DateOnly? FixedOn { get; private set; }

    public bool IsListed => ListedOn is not null && RemovedOn is null;

    // B-NOTICE: the written notice comes before the listing; the defence window runs from its receipt.
    public void ServeNotice(DateOnly receivedOn, DateTime defenceDueAt)
    {
        if (ListedOn is not null)
        {
            throw new RuleViolationException("receivedOn", "已作出列入决定，不能再送达告知书", "B-NOTICE");
        }

        if (receivedOn < DecisionDate)
        {
            throw new RuleViolationException("receivedOn", "告知书不能早于行政处理（处罚）决定送达", "B-NOTICE");
        }

        NoticeReceivedOn = receivedOn;
        if (NoticeIssuedOn > receivedOn)
        {
            // A case entered after its paper notice was served: the notice was issued by the day it was received.
            NoticeIssuedOn = receivedOn;
        }

        DefenceDueAt = defenceDueAt;
        DefenceDueRule = "B-NOTICE";
    }

    // B-NOTICE: a defence after the deadline is silence (waived), so it is refused.
    public void FileDefence(DateOnly filedOn, string text, DateTime filedAtEndOfDay, bool online = false)
    {
        if (NoticeReceivedOn is null || DefenceDueAt is null)
        {
            throw new RuleViolationException("filedOn", "尚未送达告知书", "B-NOTICE");
        }

        if (filedOn < NoticeReceivedOn || filedAtEndOfDay > DefenceDueAt)
        {
            throw new RuleViolationException("filedOn", "陈述申辩应在收到告知书之日起 5 个工作日内提出，逾期视为放弃", "B-NOTICE");
        }

        DefenceFiledOn = filedOn;
        Defence = text;
        DefenceFiledOnline = online;
    }

    public DefenceState DefenceStateAt(DateTime now) =>
        NoticeReceivedOn is null ? DefenceState.NoNotice
        : DefenceFiledOn is not null ? DefenceState.Filed
        : now >= DefenceDueAt ? DefenceState.Waived
        : DefenceState.Open;
}

public enum DefenceState
{
    NoNotice,
    Open,
    Filed,

    /// <summary>B-NOTICE: silence after the deadline means waived.</summary>
    Waived,
}
