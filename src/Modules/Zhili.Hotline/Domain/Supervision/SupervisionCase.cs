namespace Zhili.Hotline.Domain;

/// <summary>
/// A supervision case (督办件): the office's supervision of one appeal, or of a group of appeals on the same problem.
/// Each appeal keeps its own <see cref="Supervision"/> with its level and escalations (the per-appeal H-LVL rule); the
/// case opens and escalates them together and holds the record of every form of supervision (H-FORM-1…5), in the
/// partial files SupervisionCase.Forms and SupervisionCase.Listing. It is open while any of its appeals is.
/// </summary>
public sealed partial class SupervisionCase : IVersioned
{
    public long Id { get; private set; }

    /// <summary>ARCHITECTURE rule 16: moved by every change of the case and of its forms' records.</summary>
    public int Version { get; private set; }

    public SupervisionLevel Level { get; private set; }

    public DateTime OpenedAt { get; private init; }

    public required string OpenedBy { get; init; }

    public required string Reason { get; init; }

    /// <summary>The per-appeal supervisions the case covers (Supervision.CaseId).</summary>
    public List<Supervision> Supervisions { get; private set; } = [];

    public List<PhoneFollowUp> PhoneFollowUps { get; private set; } = [];

    public List<SupervisionNotice> Notices { get; private set; } = [];

    public List<CoordinationMeeting> Meetings { get; private set; } = [];

    public List<SiteVisit> Visits { get; private set; } = [];

    public List<ListedSupervision> Listings { get; private set; } = [];

    /// <summary>Closing an appeal ends its supervision; the case ends with the last of them.</summary>
    public bool IsOpen => Supervisions.Any(s => s.ClosedAt is null);

    public IEnumerable<long> AppealIds => Supervisions.Select(s => s.AppealId);

    /// <summary>H-FORM-5: the listing not yet written off, if any (one at a time, which a partial unique index also holds).</summary>
    public ListedSupervision? OpenListing => Listings.Where(l => l.State != ListingState.WrittenOff).MaxBy(l => l.ListedAt);

    /// <summary>督办: the office opens a supervision at a level over one appeal or a group; each appeal's own rule applies.</summary>
    public static SupervisionCase Open(IReadOnlyList<Appeal> appeals, SupervisionLevel level, string reason, DateTime at, string actor)
    {
        if (appeals.Count == 0)
        {
            throw Refuse("appealIds", "请选择要督办的诉求", "H-LVL");
        }

        Require(reason, "reason", "督办须说明理由", "H-LVL");

        var opened = new SupervisionCase { Level = level, OpenedAt = at, OpenedBy = actor, Reason = reason };
        foreach (var appeal in appeals)
        {
            opened.Join(appeal, reason, at, actor, appeals.Count > 1);
        }

        return opened;
    }

    /// <summary>Another appeal on the same problem joins the open case at the case's level (H-LVL).</summary>
    public void Add(Appeal appeal, string reason, DateTime at, string actor)
    {
        EnsureOpen("H-LVL");
        Require(reason, "reason", "请说明并入督办的理由", "H-LVL");
        if (AppealIds.Contains(appeal.Id))
        {
            throw Refuse("appealId", $"诉求 {appeal.TrackingNumber} 已在本督办件中", "H-LVL");
        }

        Join(appeal, reason, at, actor, true);
    }

    /// <summary>H-LVL: the case goes up one level, and with it every appeal it still covers, each under its own rule.</summary>
    public void Escalate(IReadOnlyList<Appeal> appeals, SupervisionLevel to, string reason, DateTime at, string actor)
    {
        EnsureOpen("H-LVL");
        Require(reason, "reason", "升级督办须说明理由", "H-LVL");
        if (to <= Level)
        {
            throw Refuse("level", $"督办等级不能降低或保持（当前为{Texts.Level(Level)}）", "H-LVL");
        }

        if (to != Level + 1)
        {
            throw Refuse("level", $"督办只能逐级升级：{Texts.Level(Level)}之后是{Texts.Level(Level + 1)}", "H-LVL");
        }

        foreach (var appeal in appeals.Where(a => a.OpenSupervision is { } s && Supervisions.Contains(s)))
        {
            appeal.Escalate(to, reason, at, actor);
        }

        Level = to;
    }

    private void Join(Appeal appeal, string reason, DateTime at, string actor, bool group)
    {
        try
        {
            Supervisions.Add(appeal.Supervise(Level, reason, at, actor));
        }
        catch (RuleViolationException e) when (group)
        {
            // In a group, say which appeal could not join.
            throw Refuse("appealIds", $"诉求 {appeal.TrackingNumber}：{e.Message}", e.Rule);
        }
    }

    private void EnsureOpen(string rule)
    {
        if (!IsOpen)
        {
            throw Refuse("state", "督办已结束（所涉诉求均已办结）", rule);
        }
    }

    /// <summary>A form's time: not in the future, not before the supervision began.</summary>
    private void EnsureDuring(DateTime when, DateTime now, string field, string rule)
    {
        if (when > now)
        {
            throw Refuse(field, "时间不能晚于当前时间", rule);
        }

        if (when < OpenedAt)
        {
            throw Refuse(field, "时间不能早于督办开始的时间", rule);
        }
    }

    private static RuleViolationException Refuse(string field, string reason, string rule) => new(field, reason, rule);
}
