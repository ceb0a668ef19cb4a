namespace Zhili.Hotline.Features.Public;

/// <summary>
/// K-MASK: what anyone with the tracking number may read. No internal notes, the caller masked — and for a 保密 appeal
/// no caller at all, since tracking numbers are public (Open311 lists them). What the citizen is owed is here with its
/// time: the reply (答复), every notice of an extension decision (H-EXT 告知诉求人) and the callback (回访); the texts
/// written for the citizen are published masked (identity, phone and e-mail numbers, and the caller's own name).
/// </summary>
public sealed record PublicStatus(
    string TrackingNumber, string? CallerName, string? CallerPhone, string Type, string Category, string State, string? HandlingUnit,
    DateTime ReceivedAt, DateTime? AssignedAt, DateTime? DeadlineAt, DateTime? RepliedAt, DateTime? ClosedAt, string? Closure,
    IReadOnlyList<PublicStep> Steps)
{
    /// <summary>The reply to the citizen, masked; null until the unit replies.</summary>
    public string? Reply { get; init; }

    /// <summary>What the office told the citizen of each extension decision (H-EXT), oldest first.</summary>
    public IReadOnlyList<PublicNotice> Notices { get; init; } = [];

    /// <summary>The latest callback: when, and how satisfied the citizen said they were.</summary>
    public PublicCallback? Callback { get; init; }

    public static PublicStatus Of(Appeal a, string category, string? unitName) => new(
        a.TrackingNumber, a.Confidential ? null : Mask.Name(a.CallerName), a.Confidential ? null : Mask.Phone(a.CallerPhone), Texts.Type(a.Type), category, Texts.State(a.State),
        unitName, a.ReceivedAt, a.AssignedAt, a.DeadlineAt, a.RepliedAt, a.ClosedAt,
        a.ClosureReason is { } r ? Texts.Closure(r) : null,
        a.Events.Where(e => !e.IsInternal && PublicStep.Shown(e.Kind))
            .OrderBy(e => e.At).Select(e => new PublicStep(e.At, PublicStep.TitleOf(e.Kind))).ToList())
    {
        Reply = a.Reply is { } reply && a.RepliedAt is not null ? Published(a, reply) : null,
        Notices = a.Extensions.Where(x => x.CitizenNotifiedAt is not null && x.CitizenNotice is not null).OrderBy(x => x.CitizenNotifiedAt)
            .Select(x => new PublicNotice(x.CitizenNotifiedAt!.Value, x.State == ExtensionState.Approved, Published(a, x.CitizenNotice!), x.NewDeadline))
            .ToList(),
        Callback = a.CallbackAt is { } at && a.Satisfaction is { } s ? new PublicCallback(at, Texts.Satisfaction(s)) : null,
    };

    private static string Published(Appeal a, string text) => Mask.Text(text, a.CallerName, a.CallerPhone);
}

/// <summary>One step of the public timeline, named in words (never the internal event kind).</summary>
public sealed record PublicStep(DateTime At, string Title)
{
    public static bool Shown(string kind) =>
        kind is "received" or "assigned" or "reassigned" or "replied" or "callback" or "reopened" or "closed"
            or "extension-approved" or "linked" or "unlinked";

    public static string TitleOf(string kind) => kind switch
    {
        "received" => "已受理",
        "assigned" => "已交办承办单位",
        "reassigned" => "已改派承办单位",
        "replied" => "承办单位已答复",
        "callback" => "已回访",
        "reopened" => "已重新办理",
        "closed" => "已办结",
        "extension-approved" => "办理期限已延长",
        "linked" => "已与同一事项的诉求合并办理",
        "unlinked" => "已恢复单独办理",
        _ => "办理进展",
    };
}

/// <summary>H-EXT 告知诉求人: what the citizen was told of an extension decision, when, and the new deadline if granted.</summary>
public sealed record PublicNotice(DateTime At, bool Extended, string Text, DateTime? NewDeadline);

/// <summary>回访: when the office called the citizen back and the satisfaction recorded.</summary>
public sealed record PublicCallback(DateTime At, string Satisfaction);
