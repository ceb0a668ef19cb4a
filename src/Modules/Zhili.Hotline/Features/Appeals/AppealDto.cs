namespace Zhili.Hotline.Features.Appeals;

public sealed record EventDto(DateTime At, string Kind, string Actor, string UnitCode, string? Text, string? Rule);

public sealed record ExtensionDto(
    long Id, string UnitCode, DateTime AppliedAt, string Reason, int WorkingDays, DateTime DeadlineBefore, ExtensionState State,
    DateTime? DecidedAt, string? DecidedBy, string? DecisionReason, string? DecisionRule, DateTime? NewDeadline,
    DateTime? CitizenNotifiedAt, string? CitizenNotice);

/// <summary>H-FLOW 二级转办: one street's part of an appeal.</summary>
public sealed record StreetStageDto(
    long Id, string UnitCode, string DistrictCode, StreetStageState State, DateTime AssignedAt, string? Instructions, DateTime DeadlineAt,
    DateTime? RepliedAt, string? Reply, DateTime? ReturnedAt, string? ReturnReason, DateTime? ReviewedAt, int SentBackCount)
{
    public static StreetStageDto Of(StreetAssignment s) => new(s.Id, s.UnitCode, s.DistrictCode, s.State, s.AssignedAt, s.Instructions,
        s.DeadlineAt, s.RepliedAt, s.Reply, s.ReturnedAt, s.ReturnReason, s.ReviewedAt, s.SentBackCount);
}

public sealed record EscalationDto(SupervisionLevel From, SupervisionLevel To, DateTime At, string By, string Reason);

/// <param name="CaseId">The supervision case (/api/v1/hotline/supervisions/{caseId}) with the records of every form.</param>
public sealed record SupervisionDto(
    long Id, long? CaseId, SupervisionLevel Level, DateTime OpenedAt, string Reason, DateTime? ClosedAt, IReadOnlyList<EscalationDto> Escalations);

/// <summary>An appeal as staff see it. <see cref="CallerName"/> and <see cref="CallerPhone"/> are null for a handling unit when the appeal is 保密.</summary>
public sealed record AppealDto(
    long Id, string TrackingNumber, Channel Channel, string? CallerName, string? CallerPhone, bool Confidential, AppealType Type,
    bool Urgent, string CategoryCode, string Address, double? Latitude, double? Longitude, string Description, AppealState State,
    string UnitCode, IReadOnlyList<string> CoUnitCodes, DateTime ReceivedAt, DateTime? FirstAssignedAt, DateTime? AssignedAt,
    DateTime? DeadlineAt, string? DeadlineRule, DateTime? ReturnedAt, DateTime? ReassignedAt, DateTime? FirstRepliedAt,
    DateTime? RepliedAt, string? Reply, DateTime? CallbackAt, Satisfaction? Satisfaction, DateTime? ReopenedAt, DateTime? ClosedAt,
    ClosureReason? ClosureReason, int ReturnCount, int ReassignCount, int ReopenCount, int ExtensionCount,
    SupervisionLevel? SupervisionLevel, IReadOnlyList<EventDto> Events, IReadOnlyList<ExtensionDto> Extensions,
    IReadOnlyList<SupervisionDto> Supervisions)
{
    public static AppealDto Of(Appeal a, bool showCaller) => new(
        a.Id, a.TrackingNumber, a.Channel, showCaller ? a.CallerName : null, showCaller ? a.CallerPhone : null, a.Confidential, a.Type,
        a.Urgent, a.CategoryCode, a.Address, a.Latitude, a.Longitude, a.Description, a.State, a.UnitCode, a.CoUnitCodes,
        a.ReceivedAt, a.FirstAssignedAt, a.AssignedAt, a.DeadlineAt, a.DeadlineRule, a.ReturnedAt, a.ReassignedAt, a.FirstRepliedAt,
        a.RepliedAt, a.Reply, a.CallbackAt, a.Satisfaction, a.ReopenedAt, a.ClosedAt, a.ClosureReason, a.ReturnCount,
        a.ReassignCount, a.ReopenCount, a.ExtensionCount, a.SupervisionLevel,
        a.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new EventDto(e.At, e.Kind, e.Actor, e.UnitCode, e.Text, e.Rule)).ToList(),
        a.Extensions.OrderBy(x => x.AppliedAt).Select(x => new ExtensionDto(x.Id, x.UnitCode, x.AppliedAt, x.Reason, x.WorkingDays,
            x.DeadlineBefore, x.State, x.DecidedAt, x.DecidedBy, x.DecisionReason, x.DecisionRule, x.NewDeadline, x.CitizenNotifiedAt,
            x.CitizenNotice)).ToList(),
        a.Supervisions.OrderBy(s => s.OpenedAt).Select(s => new SupervisionDto(s.Id, s.CaseId, s.Level, s.OpenedAt, s.Reason, s.ClosedAt,
            s.Escalations.OrderBy(e => e.At).Select(e => new EscalationDto(e.From, e.To, e.At, e.By, e.Reason)).ToList())).ToList())
    {
        PrimaryAppealId = a.PrimaryAppealId, LinkedAt = a.LinkedAt, ResolvedAtFirstContact = a.ResolvedAtFirstContact,
        KnowledgeAnswerId = a.KnowledgeAnswerId, Version = a.Version, StreetCode = a.StreetCode,
        StreetStages = a.StreetAssignments.OrderBy(s => s.AssignedAt).ThenBy(s => s.Id).Select(StreetStageDto.Of).ToList(),
    };

    /// <summary>H-FLOW 二级转办: the street the district last passed the appeal down to.</summary>
    public string? StreetCode { get; init; }

    /// <summary>The street stages the reader may see (a street sees its own; the district and the office every one).</summary>
    public IReadOnlyList<StreetStageDto> StreetStages { get; init; } = [];

    /// <summary>ARCHITECTURE rule 16: moved by every change of the appeal; a change made on an older version is refused (409).</summary>
    public int Version { get; init; }

    /// <summary>H-FLOW: the primary appeal this one follows as a duplicate.</summary>
    public long? PrimaryAppealId { get; init; }

    public DateTime? LinkedAt { get; init; }

    /// <summary>H-FLOW: a consultation closed at first contact, citing <see cref="KnowledgeAnswerId"/>.</summary>
    public bool ResolvedAtFirstContact { get; init; }

    public long? KnowledgeAnswerId { get; init; }

    /// <summary>The intake advice (default unit, duplicate suggestions), in the answer to intake.</summary>
    public IntakeAdvice? Intake { get; init; }

    /// <summary>保密: only the office sees the caller of a confidential appeal.</summary>
    public static bool CallerVisible(Appeal a, bool office) => office || !a.Confidential;
}

/// <summary>One row of the appeal list (no caller: lists never show personal data).</summary>
public sealed record AppealRow(
    long Id, string TrackingNumber, AppealType Type, bool Urgent, string CategoryCode, string Address, AppealState State,
    string UnitCode, DateTime ReceivedAt, DateTime? DeadlineAt, SupervisionLevel? SupervisionLevel);
