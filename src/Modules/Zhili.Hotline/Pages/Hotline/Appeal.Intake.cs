namespace Zhili.Hotline.Pages.Hotline;

/// <summary>
/// The appeal page's intake desk (H-FLOW, H-SLA): the office's advice (default unit, duplicate suggestions, links) and
/// its moves (link, unlink, close at first contact); and what a co-handling unit may do (read, add notes).
/// </summary>
public sealed partial class AppealModel
{
    /// <summary>The office's advice on this appeal; null for handling units.</summary>
    public IntakeAdvice? Advice { get; private set; }

    /// <summary>Active knowledge-base answers to cite, for a consultation the office has not yet assigned.</summary>
    public IReadOnlyList<KnowledgeAnswer> Answers { get; private set; } = [];

    /// <summary>False for a co-handling unit: it reads the appeal and adds notes, the lead unit does the rest.</summary>
    public bool IsLead => LeadUnit.IsLead(DataScope.Current, Appeal);

    public Task<IActionResult> OnPostLinkAsync(long primaryId, CancellationToken ct) =>
        Act(true, a => desk.LinkAsync(a, primaryId, ct), ct);

    public Task<IActionResult> OnPostUnlinkAsync(CancellationToken ct) =>
        Act(true, a => desk.UnlinkAsync(a, ct), ct);

    public Task<IActionResult> OnPostFirstContactAsync(long answerId, string? note, CancellationToken ct) =>
        Act(true, a => desk.ResolveAtFirstContactAsync(a, answerId, note?.Trim(), ct), ct);

    private async Task LoadIntakeAsync(CancellationToken ct)
    {
        if (Appeal is null || !IsOffice)
        {
            return;
        }

        Advice = await desk.AdviceAsync(Appeal, false, ct);
        if (Appeal is { Type: AppealType.Consultation, State: AppealState.Received, PrimaryAppealId: null })
        {
            Answers = await desk.AnswersForAsync(Appeal, ct);
        }
    }
}
