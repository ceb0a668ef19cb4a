namespace Zhili.Hotline.Pages.Hotline;

/// <summary>One appeal: its stages, timeline, extensions and supervision, and the actions open to the reader.</summary>
[Authorize(Policy = HotlineRoles.StaffPolicy)]
public sealed partial class AppealModel(AppealService service, IAdminUnits units, TimeProvider clock, IntakeDesk desk) : PageModel, IFormPage
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

    /// <summary>The appeal's id, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAssignAsync(AssignForm form, CancellationToken ct) =>
        Act(true, a => service.AssignAsync(a, form.ToCommand().UnitCode, form.ToCommand().CoUnitCodes, ct), ct);

    public Task<IActionResult> OnPostReassignAsync(AssignForm form, CancellationToken ct) =>
        Act(true, a => service.ReassignAsync(a, form.ToCommand().UnitCode, form.ToCommand().CoUnitCodes, ct), ct);

    public Task<IActionResult> OnPostReturnAsync(ReasonForm form, CancellationToken ct) =>
        Act(false, a => service.ReturnAsync(a, form.ToCommand().Reason, ct), ct);

    public Task<IActionResult> OnPostNoteAsync(TextForm form, CancellationToken ct) =>
        Act(false, a => service.NoteAsync(a, form.ToCommand().Text, ct), ct);

    public Task<IActionResult> OnPostReplyAsync(TextForm form, CancellationToken ct) =>
        Act(false, a => service.ReplyAsync(a, form.ToCommand().Text, ct), ct);

    public Task<IActionResult> OnPostCallbackAsync(CallbackForm form, CancellationToken ct) =>
        Act(true, a => service.CallbackAsync(a, form.Satisfaction, ct), ct);

    public Task<IActionResult> OnPostReopenAsync(ReasonForm form, CancellationToken ct) =>
        Act(true, a => service.ReopenAsync(a, form.ToCommand().Reason, ct), ct);

    public Task<IActionResult> OnPostCloseAsync(CloseForm form, CancellationToken ct) =>
        Act(true, a => service.CloseAsync(a, form.Closure, form.ToCommand().Note, ct), ct);

    public Task<IActionResult> OnPostExtensionAsync(ExtensionForm form, CancellationToken ct) =>
        Act(false, a => service.ApplyForExtensionAsync(a, form.ToCommand().Reason, form.WorkingDays, ct), ct);

    public Task<IActionResult> OnPostApproveAsync(ExtensionDecisionForm form, CancellationToken ct) =>
        Act(true, a => service.ApproveExtensionAsync(a, form.ExtensionId, form.WorkingDays, form.ToCommand().CitizenNotice, ct), ct);

    public Task<IActionResult> OnPostRefuseAsync(ExtensionRefusalForm form, CancellationToken ct) =>
        Act(true, a => service.RefuseExtensionAsync(a, form.ExtensionId, form.ToCommand().Reason, form.ToCommand().CitizenNotice, ct), ct);

    public Task<IActionResult> OnPostSuperviseAsync(SuperviseForm form, CancellationToken ct) =>
        Act(true, a => Appeal.OpenSupervision is null
            ? service.SuperviseAsync(a, form.Level, form.ToCommand().Reason, ct)
            : service.EscalateAsync(a, form.Level, form.ToCommand().Reason, ct), ct);

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Appeal = (await service.FindAsync(Id, ct))!;
        await LoadIntakeAsync(ct);
        return Appeal is not null;
    }

    /// <summary>Loads in scope (404 otherwise), applies the move; a refusal is shown on the page by the page filter.</summary>
    private async Task<IActionResult> Act(bool officeOnly, Func<Appeal, Task<Appeal>> move, CancellationToken ct)
    {
        if (officeOnly && !IsOffice)
        {
            return Forbid();
        }

        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Versions.Expect(Appeal, Version);
        await move(Appeal);
        return RedirectToPage(new { id = Id });
    }
}
