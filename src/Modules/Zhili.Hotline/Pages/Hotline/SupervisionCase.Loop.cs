namespace Zhili.Hotline.Pages.Hotline;

/// <summary>The case page's other moves: escalation and joining (H-LVL), the unit's reply (H-FORM-2), the listing loop (H-FORM-5).</summary>
public sealed partial class SupervisionCaseModel
{
    public Task<IActionResult> OnPostEscalateAsync(SupervisionLevel level, string? reason, CancellationToken ct) =>
        Act(Actor.Office, c => cases.EscalateAsync(c, level, reason ?? "", ct), null, ct);

    public Task<IActionResult> OnPostAddAppealAsync(string? trackingNumber, string? reason, CancellationToken ct) =>
        Act(Actor.Office, async c =>
        {
            var ids = await cases.IdsOfAsync([(trackingNumber ?? "").Trim().ToUpperInvariant()], ct);
            await cases.AddAppealAsync(c, ids[0], reason ?? "", ct);
        }, null, ct);

    public Task<IActionResult> OnPostReplyAsync(long noticeId, string? text, string? signedBy, bool @sealed, string? returnUrl, CancellationToken ct) =>
        Act(Actor.Unit, c => forms.ReplyAsync(c, noticeId, new NoticeReply(text ?? "", signedBy ?? "", @sealed), ct), returnUrl, ct);

    public Task<IActionResult> OnPostListingAsync(string? reason, string? unitCode, int workingDays, string? requirements, string? responsiblePerson, string? returnUrl,
        CancellationToken ct) =>
        Act(Actor.Office, c => forms.ListAsync(c, reason ?? "",
            new NoticeDraft(unitCode ?? "", workingDays, requirements ?? "", responsiblePerson ?? ""), ct), returnUrl, ct);

    public Task<IActionResult> OnPostPlanAsync(string? text, string? returnUrl, CancellationToken ct) =>
        Act(Actor.Unit, c => forms.StepAsync(c, (l, at, by) => l.FilePlan(text ?? "", at, by), ct), returnUrl, ct);

    public Task<IActionResult> OnPostReportAsync(string? text, string? returnUrl, CancellationToken ct) =>
        Act(Actor.Unit, c => forms.StepAsync(c, (l, at, by) => l.FileReport(text ?? "", at, by), ct), returnUrl, ct);

    public Task<IActionResult> OnPostWriteOffAsync(string? note, string? returnUrl, CancellationToken ct) =>
        Act(Actor.Office, c => forms.StepAsync(c, (l, at, by) => l.WriteOff(note, at, by), ct), returnUrl, ct);

    public Task<IActionResult> OnPostRefuseWriteOffAsync(string? reasons, string? returnUrl, CancellationToken ct) =>
        Act(Actor.Office, c => forms.StepAsync(c, (l, at, by) => l.RefuseWriteOff(reasons ?? "", at, by), ct), returnUrl, ct);
}
