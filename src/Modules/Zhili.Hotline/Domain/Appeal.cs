using Zhili.BuildingBlocks.Audit;

namespace Zhili.Hotline.Domain;

/// <summary>
/// A citizen's appeal (诉求) through the 12345 hotline (H-FLOW). Its scope unit is the lead handling unit, or the
/// hotline office while it is unassigned. Every stage keeps its own timestamp so that rates can be recomputed.
/// The moves live in the partial files Appeal.Flow, Appeal.Extensions and Appeal.Supervision.
/// </summary>
public sealed partial class Appeal : IUnitScoped, IVersioned
{
    /// <summary>K-UNITS code of 市长电话室, the holder of an appeal before it is assigned.</summary>
    public const string OfficeUnit = "410100-SZDHS";

    public long Id { get; private set; }

    /// <summary>ARCHITECTURE rule 16: moved by every change of the appeal, its timeline, extensions and supervisions.</summary>
    public int Version { get; private set; }

    public required string TrackingNumber { get; init; }

    public Channel Channel { get; init; }

    // The audit trail masks the caller (K-MASK) and withholds a confidential one's entirely (保密, H-FLOW).
    [Personal(PersonalKind.Name, WithheldWhen = nameof(Confidential))]
    public required string CallerName { get; init; }

    [Personal(PersonalKind.Phone, WithheldWhen = nameof(Confidential))]
    public required string CallerPhone { get; init; }

    /// <summary>保密: handling units never see the caller.</summary>
    public bool Confidential { get; init; }

    public AppealType Type { get; init; }

    public bool Urgent { get; init; }

    public required string CategoryCode { get; init; }

    public required string Address { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>The citizen's own words; the audit trail withholds those of a confidential appeal.</summary>
    [Personal(PersonalKind.Text, When = nameof(Confidential))]
    public required string Description { get; init; }

    public AppealState State { get; private set; } = AppealState.Received;

    /// <summary>The lead handling unit (承办单位), or <see cref="OfficeUnit"/> before assignment.</summary>
    public string UnitCode { get; private set; } = OfficeUnit;

    public List<string> CoUnitCodes { get; private set; } = [];

    public DateTime ReceivedAt { get; init; }

    public required string ReceivedBy { get; init; }

    public DateTime? FirstAssignedAt { get; private set; }

    /// <summary>The latest assignment (first assignment, 改派 or reopen): the start of the current deadline.</summary>
    public DateTime? AssignedAt { get; private set; }

    public DateTime? DeadlineAt { get; private set; }

    /// <summary>The rule that produced <see cref="DeadlineAt"/> (H-SLA, or H-EXT after an approved extension).</summary>
    public string? DeadlineRule { get; private set; }

    public DateTime? ReturnedAt { get; private set; }

    public DateTime? ReassignedAt { get; private set; }

    public DateTime? FirstRepliedAt { get; private set; }

    public DateTime? RepliedAt { get; private set; }

    public string? Reply { get; private set; }

    public DateTime? CallbackAt { get; private set; }

    public Satisfaction? Satisfaction { get; private set; }

    public DateTime? ReopenedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public ClosureReason? ClosureReason { get; private set; }

    public bool ResolvedAtFirstContact { get; set; }

    public int ReturnCount { get; private set; }

    public int ReassignCount { get; private set; }

    /// <summary>Rework (返工): at most one reopen after an unsatisfied callback.</summary>
    public int ReopenCount { get; private set; }

    public int ExtensionCount { get; private set; }

    /// <summary>The level of the open supervision, if any (kept here for lists and filters).</summary>
    public SupervisionLevel? SupervisionLevel { get; private set; }

    public List<AppealEvent> Events { get; private set; } = [];

    public List<Extension> Extensions { get; private set; } = [];

    public List<Supervision> Supervisions { get; private set; } = [];

    /// <summary>The kind of an appeal's first event, its receipt.</summary>
    public const string ReceivedKind = "received";

    public void Received(string actor)
    {
        AddressKey = Addresses.Key(Address);
        CallerPhoneKey = PhoneKey(CallerPhone);
        Record(ReceivedAt, actor, ReceivedKind, $"{Channel}", "H-FLOW");
    }

    private AppealEvent Record(DateTime at, string actor, string kind, string? text, string? rule)
    {
        var e = new AppealEvent { At = at, Actor = actor, Kind = kind, UnitCode = UnitCode, Text = text, Rule = rule };
        Events.Add(e);
        return e;
    }

    private static RuleViolationException Refuse(string field, string reason, string rule = "H-FLOW") => new(field, reason, rule);

    private void Expect(params AppealState[] states)
    {
        if (PrimaryAppealId is not null)
        {
            throw Refuse("primaryAppealId", "该诉求已作为重复诉求随主诉求办理，请先取消关联", "H-FLOW");
        }

        if (!states.Contains(State))
        {
            throw Refuse("state", $"诉求当前状态为“{Texts.State(State)}”，不能进行此操作", "H-FLOW");
        }
    }
}
