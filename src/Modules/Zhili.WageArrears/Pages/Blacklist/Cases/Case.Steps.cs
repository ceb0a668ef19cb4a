namespace Zhili.WageArrears.Pages.Blacklist.Cases;

/// <summary>The case page's steps, each one call of the service the API uses.</summary>
public sealed partial class CaseModel
{
    /// <summary>B-NOTICE: the notice was received; optionally the defence access code to print on it.</summary>
    public Task<IActionResult> OnPostNoticeAsync(DateOnly receivedOn, bool issueCode, CancellationToken ct) =>
        Act(async c =>
        {
            await cases.ServeNoticeAsync(c, receivedOn, ct);
            Issued = issueCode ? await codes.IssueAsync(c, AccessPurpose.Defence, User.Name(), ct) : null;
        }, ct, show: issueCode);

    public Task<IActionResult> OnPostCodeAsync(AccessPurpose purpose, CancellationToken ct) =>
        Act(async c => Issued = await codes.IssueAsync(c, purpose, User.Name(), ct), ct, show: true);

    public Task<IActionResult> OnPostDefenceAsync(DateOnly filedOn, string? text, CancellationToken ct) =>
        Act(c => cases.FileDefenceAsync(c, filedOn, text?.Trim() ?? "", ct), ct);

    public Task<IActionResult> OnPostListingAsync(DateOnly decidedOn, CancellationToken ct) =>
        Act(c => cases.ListAsync(c, decidedOn, ct), ct);

    /// <summary>B-PUB: the city bureau acknowledges a county listing (the one step it takes on another unit's case).</summary>
    public async Task<IActionResult> OnPostAcknowledgeAsync(CancellationToken ct)
    {
        if (!IsCityBureau)
        {
            return Forbid();
        }

        await cases.AcknowledgeAsync(Id, User.Name(), ct);
        return RedirectToPage(new { id = Id });
    }

    public Task<IActionResult> OnPostObjectionAsync(ObjectionForm objection, CancellationToken ct) =>
        Act(c => objections.FileAsync(c, objection.ToCommand(), ct), ct);

    public Task<IActionResult> OnPostExtendAsync(int objectionId, CancellationToken ct) =>
        Act(async c => await objections.ExtendAsync(await OwnObjectionAsync(c, objectionId, ct), ct), ct);

    public Task<IActionResult> OnPostDecideAsync(DecisionForm decision, CancellationToken ct) =>
        Act(async c => await objections.DecideAsync(await OwnObjectionAsync(c, decision.ObjectionId, ct), decision.ToCommand(), ct), ct);

    public Task<IActionResult> OnPostFixAsync(FixForm fix, CancellationToken ct) =>
        Act(c => objections.FixAsync(c, fix.ToCommand(), ct), ct);

    public Task<IActionResult> OnPostCorrectionAsync(DateOnly correctedOn, CancellationToken ct) =>
        Act(async c =>
        {
            c.RecordCorrection(correctedOn == default ? throw new RuleViolationException("correctedOn", "请填写改正日期", "B-TERM") : correctedOn);
            await cases.SaveAsync(ct);
        }, ct);

    public Task<IActionResult> OnPostRemovalAsync(DateOnly decidedOn, string? reason, CancellationToken ct) =>
        Act(async c =>
        {
            c.Remove(decidedOn, string.IsNullOrWhiteSpace(reason) ? "期满已改正违法行为且未再发生列入情形" : reason.Trim());
            await cases.SaveAsync(ct);
        }, ct);

    private async Task<Objection> OwnObjectionAsync(BlacklistCase c, int objectionId, CancellationToken ct) =>
        await objections.FindAsync(objectionId, ct) is { } o && o.CaseId == c.Id
            ? o
            : throw new RuleViolationException("objectionId", "该案件没有这项异议", "B-OBJ");
}
