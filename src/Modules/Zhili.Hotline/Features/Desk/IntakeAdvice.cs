namespace Zhili.Hotline.Features.Desk;

/// <summary>Another appeal as the duplicate links show it.</summary>
public sealed record LinkedAppeal(long Id, string TrackingNumber, AppealState State, string UnitCode, DateTime ReceivedAt, DateTime? DeadlineAt);

/// <summary>
/// What the office is advised at intake and on the appeal (H-FLOW): the category's default unit to assign to, the
/// category's own working days for the appeal's type if set (H-SLA), the open appeals it may repeat, and its links.
/// </summary>
public sealed record IntakeAdvice(
    string? SuggestedUnitCode, int? CategorySlaDays, IReadOnlyList<DuplicateSuggestion> Duplicates, LinkedAppeal? Primary,
    IReadOnlyList<LinkedAppeal> Followers);
