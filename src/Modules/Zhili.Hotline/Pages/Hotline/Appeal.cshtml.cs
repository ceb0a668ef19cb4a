using Zhili.BuildingBlocks.Persistence;
using Zhili.BuildingBlocks.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhili.Hotline.Domain;
using Zhili.Hotline.Features;
using Zhili.Hotline.Features.Desk;
using Zhili.Kernel.Units;

namespace Zhili.Hotline.Pages.Hotline;

/// <summary>One appeal: its stages, timeline, extensions and supervision, and the actions open to the reader.</summary>
[Authorize(Policy = HotlineRoles.StaffPolicy)]
public sealed partial class AppealModel(AppealService service, IAdminUnits units, TimeProvider clock, IntakeDesk desk) : PageModel
{
    public Appeal Appeal { get; private set; } = null!;

    public bool IsOffice => User.IsOffice();

    /// <summary>保密: a handling unit never sees the caller.</summary>
    public bool ShowCaller => AppealDto.CallerVisible(Appeal, IsOffice);

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>ARCHITECTURE rule 16: the version the page showed; a move on an appeal changed since is refused.</summary>
    [BindProperty]
    public int? Version { get; set; }

    public string UnitName(string code) => units.Find(code)?.Name ?? code;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAssignAsync(long id, string unitCode, string? coUnits, CancellationToken ct) =>
        Act(id, true, a => service.AssignAsync(a, unitCode ?? "", Split(coUnits), ct), ct);

    public Task<IActionResult> OnPostReassignAsync(long id, string unitCode, string? coUnits, CancellationToken ct) =>
        Act(id, true, a => service.ReassignAsync(a, unitCode ?? "", Split(coUnits), ct), ct);

    public Task<IActionResult> OnPostReturnAsync(long id, string reason, CancellationToken ct) =>
        Act(id, false, a => service.ReturnAsync(a, Required(reason, "reason"), ct), ct);

    public Task<IActionResult> OnPostNoteAsync(long id, string text, CancellationToken ct) =>
        Act(id, false, a => service.NoteAsync(a, Required(text, "text"), ct), ct);

    public Task<IActionResult> OnPostReplyAsync(long id, string text, CancellationToken ct) =>
        Act(id, false, a => service.ReplyAsync(a, Required(text, "text"), ct), ct);

    public Task<IActionResult> OnPostCallbackAsync(long id, Satisfaction satisfaction, CancellationToken ct) =>
        Act(id, true, a => service.CallbackAsync(a, satisfaction, ct), ct);

    public Task<IActionResult> OnPostReopenAsync(long id, string reason, CancellationToken ct) =>
        Act(id, true, a => service.ReopenAsync(a, Required(reason, "reason"), ct), ct);

    public Task<IActionResult> OnPostCloseAsync(long id, ClosureReason closure, string? note, CancellationToken ct) =>
        Act(id, true, a => service.CloseAsync(a, closure, note, ct), ct);

    public Task<IActionResult> OnPostExtensionAsync(long id, string reason, int workingDays, CancellationToken ct) =>
        Act(id, false, a => service.ApplyForExtensionAsync(a, Required(reason, "reason"), Math.Clamp(workingDays, 1, 30), ct), ct);

    public Task<IActionResult> OnPostApproveAsync(long id, long extensionId, int workingDays, string notice, CancellationToken ct) =>
        Act(id, true, a => service.ApproveExtensionAsync(a, extensionId, Math.Clamp(workingDays, 1, 30), Required(notice, "notice"), ct), ct);

    public Task<IActionResult> OnPostRefuseAsync(long id, long extensionId, string reason, string notice, CancellationToken ct) =>
        Act(id, true, a => service.RefuseExtensionAsync(a, extensionId, Required(reason, "reason"), Required(notice, "notice"), ct), ct);

    public Task<IActionResult> OnPostSuperviseAsync(long id, SupervisionLevel level, string reason, CancellationToken ct) =>
        Act(id, true, a => Appeal.OpenSupervision is null
            ? service.SuperviseAsync(a, level, Required(reason, "reason"), ct)
            : service.EscalateAsync(a, level, Required(reason, "reason"), ct), ct);

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        Appeal = (await service.FindAsync(id, ct))!;
        await LoadIntakeAsync(ct);
        return Appeal is not null;
    }

    /// <summary>Loads in scope (404 otherwise), applies the move; a refusal is shown on the page and nothing changes.</summary>
    private async Task<IActionResult> Act(long id, bool officeOnly, Func<Appeal, Task<Appeal>> move, CancellationToken ct)
    {
        if (officeOnly && !IsOffice)
        {
            return Forbid();
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        try
        {
            Appeal.Expect(Version);
            await move(Appeal);
        }
        catch (RuleViolationException e)
        {
            ModelState.AddModelError(e.Field, $"{e.Message}（{e.Rule}）");
            return Page();
        }
        catch (Exception e) when (ConflictProblem.Of(e) is { } conflict)
        {
            // Somebody changed the appeal meanwhile: nothing of this move was saved; the page shows the appeal as it now is.
            service.Forget();
            await LoadAsync(id, ct);
            ModelState.AddModelError("", ConflictProblem.Text(conflict));
            return Page();
        }

        return RedirectToPage(new { id });
    }

    private static string Required(string? value, string field) => string.IsNullOrWhiteSpace(value)
        ? throw new RuleViolationException(field, "请填写内容", "H-FLOW")
        : value.Trim();

    private static List<string> Split(string? codes) =>
        (codes ?? "").Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries).ToList();
}
