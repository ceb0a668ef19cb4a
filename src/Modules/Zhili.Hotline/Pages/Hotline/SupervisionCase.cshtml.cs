namespace Zhili.Hotline.Pages.Hotline;

/// <summary>
/// One supervision case with its records and forms. The forms on the appeal page post here too, and come back to the
/// appeal page; a refusal is shown here, by its field and rule, and nothing changes.
/// </summary>
[Authorize(Policy = HotlineRoles.StaffPolicy)]
public sealed partial class SupervisionCaseModel(SupervisionService cases, SupervisionForms forms, IAdminUnits units, TimeProvider clock) : PageModel, IFormPage
{
    private enum Actor
    {
        Office,
        Unit,
    }

    public SupervisionSection Section { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostPhoneAsync(string? unitCode, DateTime? calledAt, string? caller, string? contact, string? agreed, string? returnUrl, CancellationToken ct) =>
        Act(Actor.Office, c => forms.PhoneAsync(c, new PhoneCall(unitCode ?? "", Utc(calledAt, "calledAt", "H-FORM-1"), caller ?? "",
            contact ?? "", agreed ?? ""), ct), returnUrl, ct);

    public Task<IActionResult> OnPostNoticeAsync(string? unitCode, int workingDays, string? requirements, string? responsiblePerson, string? returnUrl, CancellationToken ct) =>
        Act(Actor.Office, c => forms.IssueNoticeAsync(c, new NoticeDraft(unitCode ?? "", workingDays, requirements ?? "", responsiblePerson ?? ""), ct),
            returnUrl, ct);

    public Task<IActionResult> OnPostMeetingAsync(DateTime? heldAt, string? place, string[]? unitCodes, Dictionary<string, string?>? guests, bool audioVideoRecorded,
        string? minutes, List<DutyRow>? duties, string? returnUrl, CancellationToken ct) =>
        Act(Actor.Office, c => forms.MeetingAsync(c, new MeetingRecord(Utc(heldAt, "heldAt", "H-FORM-3"), place ?? "", (unitCodes ?? []).SelectMany(Split).ToList(),
            Guests(guests), audioVideoRecorded, minutes ?? "", (duties ?? []).Where(d => !d.IsBlank)
                .Select(d => new DutyInput(d.UnitCode ?? "", d.Duty ?? "", d.WorkingDays)).ToList()), ct), returnUrl, ct);

    public Task<IActionResult> OnPostVisitAsync(DateTime? visitedAt, string? place, string? participants, string? findings, string? agreedActions, string? returnUrl,
        CancellationToken ct) =>
        Act(Actor.Office, c => forms.VisitAsync(c, new VisitRecord(Utc(visitedAt, "visitedAt", "H-FORM-4"), place ?? "", Split(participants),
            findings ?? "", agreedActions ?? ""), ct), returnUrl, ct);

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await cases.FindAsync(Id, ct) is not { } c)
        {
            return false;
        }

        Section = new SupervisionSection(c, await cases.AppealsOfAsync(c, ct), User.IsOffice(), SupervisionSection.IsUnitUser(User),
            $"/hotline/supervisions/{Id}", clock.GetUtcNow().UtcDateTime, units);
        return true;
    }

    /// <summary>Loads in scope (404 otherwise), checks who may act, applies the move; a refusal is shown here.</summary>
    private async Task<IActionResult> Act(Actor who, Func<SupervisionCase, Task> move, string? returnUrl, CancellationToken ct)
    {
        if (who == Actor.Office ? !User.IsOffice() : !SupervisionSection.IsUnitUser(User))
        {
            return Forbid();
        }

        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        await move(Section.Case);
        return LocalRedirect(returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : $"/hotline/supervisions/{Id}");
    }

    /// <summary>A datetime-local value is Beijing wall-clock time (K-TZ).</summary>
    private static DateTime Utc(DateTime? local, string field, string rule) => local is { } v
        ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Unspecified), Civil.ShanghaiOffset).UtcDateTime
        : throw new RuleViolationException(field, "请填写时间", rule);

    private static List<string> Split(string? values) =>
        (values ?? "").Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static List<GuestInput> Guests(Dictionary<string, string?>? guests) => (guests ?? [])
        .Where(g => Enum.TryParse<GuestKind>(g.Key, out _))
        .SelectMany(g => Split(g.Value).Select(name => new GuestInput(Enum.Parse<GuestKind>(g.Key), name))).ToList();
}

/// <summary>One duty row of the meeting form; a row left empty is ignored.</summary>
public sealed class DutyRow
{
    public string? UnitCode { get; set; }

    public string? Duty { get; set; }

    public int WorkingDays { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(UnitCode) && string.IsNullOrWhiteSpace(Duty);
}
