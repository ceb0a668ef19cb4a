using Microsoft.AspNetCore.Mvc;
using Zhili.BuildingBlocks.Validation;
using Zhili.WageArrears.Domain;
using Zhili.WageArrears.Features;

namespace Zhili.WageArrears.Pages.Blacklist.Cases;

/// <summary>The case page's steps, each one call of the service the API uses.</summary>
public sealed partial class CaseModel
{
    /// <summary>B-NOTICE: the notice was received; optionally the defence access code to print on it.</summary>
    public Task<IActionResult> OnPostNoticeAsync(int id, DateOnly receivedOn, bool issueCode, CancellationToken ct) =>
        Act(id, async c =>
        {
            await cases.ServeNoticeAsync(c, receivedOn, ct);
            Issued = issueCode ? await codes.IssueAsync(c, AccessPurpose.Defence, User.Name(), ct) : null;
        }, ct, show: issueCode);

    public Task<IActionResult> OnPostCodeAsync(int id, AccessPurpose purpose, CancellationToken ct) =>
        Act(id, async c => Issued = await codes.IssueAsync(c, purpose, User.Name(), ct), ct, show: true);

    public Task<IActionResult> OnPostDefenceAsync(int id, DateOnly filedOn, string? text, CancellationToken ct) =>
        Act(id, c => cases.FileDefenceAsync(c, filedOn, Required(text, "text", "B-NOTICE"), ct), ct);

    public Task<IActionResult> OnPostListingAsync(int id, DateOnly decidedOn, CancellationToken ct) =>
        Act(id, c => cases.ListAsync(c, decidedOn, ct), ct);

    /// <summary>B-PUB: the city bureau acknowledges a county listing (the one step it takes on another unit's case).</summary>
    public async Task<IActionResult> OnPostAcknowledgeAsync(int id, CancellationToken ct)
    {
        if (!IsCityBureau)
        {
            return Forbid();
        }

        try
        {
            await cases.AcknowledgeAsync(id, User.Name(), ct);
            return RedirectToPage(new { id });
        }
        catch (RuleViolationException e)
        {
            this.Refused(e);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    public Task<IActionResult> OnPostObjectionAsync(int id, ObjectionForm objection, CancellationToken ct) =>
        Act(id, async c =>
        {
            var command = objection.ToCommand();
            if (await this.ValidAsync(command, nameof(objection)))
            {
                await objections.FileAsync(c, command, ct);
            }
        }, ct);

    public Task<IActionResult> OnPostExtendAsync(int id, int objectionId, CancellationToken ct) =>
        Act(id, async c => await objections.ExtendAsync(await OwnObjectionAsync(c, objectionId, ct), ct), ct);

    public Task<IActionResult> OnPostDecideAsync(int id, DecisionForm decision, CancellationToken ct) =>
        Act(id, async c =>
        {
            var o = await OwnObjectionAsync(c, decision.ObjectionId, ct);
            var command = decision.ToCommand();
            if (await this.ValidAsync(command, nameof(decision)))
            {
                await objections.DecideAsync(o, command, ct);
            }
        }, ct);

    public Task<IActionResult> OnPostFixAsync(int id, FixForm fix, CancellationToken ct) =>
        Act(id, async c =>
        {
            var command = fix.ToCommand();
            if (await this.ValidAsync(command, nameof(fix)))
            {
                await objections.FixAsync(c, command, ct);
            }
        }, ct);

    public Task<IActionResult> OnPostCorrectionAsync(int id, DateOnly correctedOn, CancellationToken ct) =>
        Act(id, async c =>
        {
            c.RecordCorrection(correctedOn == default ? throw new RuleViolationException("correctedOn", "请填写改正日期", "B-TERM") : correctedOn);
            await cases.SaveAsync(ct);
        }, ct);

    public Task<IActionResult> OnPostRemovalAsync(int id, DateOnly decidedOn, string? reason, CancellationToken ct) =>
        Act(id, async c =>
        {
            c.Remove(decidedOn, string.IsNullOrWhiteSpace(reason) ? "期满已改正违法行为且未再发生列入情形" : reason.Trim());
            await cases.SaveAsync(ct);
        }, ct);

    private async Task<Objection> OwnObjectionAsync(BlacklistCase c, int objectionId, CancellationToken ct) =>
        await objections.FindAsync(objectionId, ct) is { } o && o.CaseId == c.Id
            ? o
            : throw new RuleViolationException("objectionId", "该案件没有这项异议", "B-OBJ");

    private static string Required(string? value, string field, string rule) => string.IsNullOrWhiteSpace(value)
        ? throw new RuleViolationException(field, "请填写内容", rule)
        : value.Trim();
}
