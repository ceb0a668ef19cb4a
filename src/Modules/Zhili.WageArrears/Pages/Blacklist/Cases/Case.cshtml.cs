namespace Zhili.WageArrears.Pages.Blacklist.Cases;

/// <summary>
/// One case: parties (B-WHO), decision and grounds (B-WHY), notice and defence (B-NOTICE), the listing deadline with
/// its warning or overdue flag and the rule that set it (B-LIST), acknowledgement (B-PUB), objections (B-OBJ),
/// corrections (B-FIX), term and removal (B-TERM), and a form for each next step, through the API's services.
/// Outside the reader's data scope the case does not exist (404); the city bureau reads every case and may acknowledge.
/// </summary>
[Authorize(Policy = Roles.StaffPolicy)]
public sealed partial class CaseModel(
    CaseService cases, ObjectionService objections, AccessCodeService codes, LookupService lookup, WageArrearsDbContext db) : PageModel, IFormPage
{
    public BlacklistCase Case { get; private set; } = null!;

    public IReadOnlyList<Objection> Objections { get; private set; } = [];

    public IReadOnlyList<AccessCode> Codes { get; private set; } = [];

    public bool Acknowledged { get; private set; }

    /// <summary>ARCHITECTURE rule 16: the version the page showed; a step on a case changed since is refused.</summary>
    [BindProperty]
    public int? Version { get; set; }

    /// <summary>A code just issued: shown on this response only, for printing on the notice.</summary>
    public IssuedCode? Issued { get; private set; }

    public Deadlines Deadlines => cases.Deadlines;

    public ListingState State => Deadlines.ListingState(Case);

    public bool IsCityBureau => User.IsCityBureau();

    /// <summary>The steps are open to the case's own office (and city-wide roles); the city bureau only acknowledges others'.</summary>
    public bool CanAct => DataScope.Current.Covers(Case.UnitCode);

    public bool NeedsAcknowledgement => Case.ListedOn is not null && !Case.UnitCode.EndsWith("-RSJ", StringComparison.Ordinal) && !Acknowledged;

    public string Authority => lookup.AuthorityName(Case.UnitCode);

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        var id = Id;
        var found = IsCityBureau ? await cases.FindAnyAsync(id, ct) : await cases.FindAsync(id, ct);
        if (found is null)
        {
            return false;
        }

        Case = found;
        Objections = await objections.ForCaseAsync(id, ct);
        Codes = await codes.ForCaseAsync(id, ct);
        Acknowledged = await db.Acknowledgements.AnyAsync(a => a.CaseId == id, ct);
        return true;
    }

    /// <summary>Loads the case in the reader's scope (404 otherwise), applies one step; a refusal is shown by the page filter.</summary>
    private async Task<IActionResult> Act(Func<BlacklistCase, Task> step, CancellationToken ct, bool show = false)
    {
        var c = await cases.FindAsync(Id, ct).OrNotFound($"案件 {Id} 不存在");
        c.Expect(Version);
        await step(c);
        if (!show)
        {
            return RedirectToPage(new { id = Id });
        }

        await LoadAsync(ct);
        return Page();
    }
}
