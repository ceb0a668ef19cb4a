using Zhili.Hotline.Domain;
using Zhili.Kernel.Masking;

namespace Zhili.Hotline.Features.Public;

/// <summary>
/// K-MASK: what anyone with the tracking number may read. No internal notes, no reply text, caller masked — and for a
/// 保密 appeal no caller at all, since tracking numbers are public (Open311 lists them).
/// </summary>
public sealed record PublicStatus(
    string TrackingNumber, string? CallerName, string? CallerPhone, string Type, string Category, string State, string? HandlingUnit,
    DateTime ReceivedAt, DateTime? AssignedAt, DateTime? DeadlineAt, DateTime? RepliedAt, DateTime? ClosedAt, string? Closure,
    IReadOnlyList<PublicStep> Steps)
{
    public static PublicStatus Of(Appeal a, string category, string? unitName) => new(
        a.TrackingNumber, a.Confidential ? null : Mask.Name(a.CallerName), a.Confidential ? null : Mask.Phone(a.CallerPhone), Texts.Type(a.Type), category, Texts.State(a.State),
        unitName, a.ReceivedAt, a.AssignedAt, a.DeadlineAt, a.RepliedAt, a.ClosedAt,
        a.ClosureReason is { } r ? Texts.Closure(r) : null,
        a.Events.Where(e => !e.IsInternal && e.Kind is "received" or "assigned" or "reassigned" or "replied" or "callback" or "reopened" or "closed" or "extension-approved" or "linked" or "unlinked")
            .OrderBy(e => e.At).Select(e => new PublicStep(e.At, PublicStep.TitleOf(e.Kind))).ToList());
}

public sealed record PublicStep(DateTime At, string Title)
{
    public static string TitleOf(string kind) => kind switch
    {
        "received" => "已受理",
        "assigned" => "已交办承办单位",
        "reassigned" => "已改派承办单位",
        "replied" => "承办单位已答复",
        "callback" => "已回访",
        "reopened" => "重新办理",
        "closed" => "已办结",
        "extension-approved" => "办理期限已延长",
        "linked" => "已与同一事项的诉求合并办理",
        "unlinked" => "已恢复单独办理",
        _ => kind,
    };
}
