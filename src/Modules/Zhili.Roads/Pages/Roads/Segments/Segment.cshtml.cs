namespace Zhili.Roads.Pages.Roads.Segments;

/// <summary>
/// R-SCOPE: one segment of the reader's scope (404 outside it): its facts, its 二级路长 (R-CHIEF), its public board (R-BOARD),
/// and for a manager the edit and retire forms, each refused with a conflict when the segment changed since it was shown.
/// </summary>
[Authorize(Policy = Roles.ReadPolicy)]
public sealed class SegmentModel(SegmentService segments, ChiefQueries chiefs, IAdminUnits units) : PageModel, IFormPage, ISegmentFormPage
{
    [BindProperty(SupportsGet = true)]
    public string SegmentCode { get; set; } = "";

    [BindProperty]
    public SegmentForm Input { get; set; } = new();

    /// <summary>ARCHITECTURE rule 16: the version the retire form showed.</summary>
    [BindProperty]
    public int? Version { get; set; }

    public RoadSegment Segment { get; private set; } = null!;

    public RoadChief? Chief { get; private set; }

    public IEnumerable<AdminUnit> Streets => SegmentPlaces.Streets(units);

    public bool IsNew => false;

    public bool CanManage => User.Holds(Roles.ManagePolicy) && Segment.RetiredOn is null;

    public string UnitName(string code) => SegmentDto.UnitName(units, code);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!RoadCodes.IsValid(RoadCodes.Normalize(SegmentCode)))
        {
            return false;
        }

        if (await segments.FindAsync(SegmentCode, ct) is not { } found)
        {
            return false;
        }

        Segment = found;
        Chief = await chiefs.FindAsync(ChiefLevel.Second, Segment.Code, ct);
        if (Request.Method == HttpMethods.Get || Input.Code is null)
        {
            Input = SegmentForm.Of(Segment);
        }

        return true;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!User.Holds(Roles.ManagePolicy))
        {
            return Forbid();
        }

        await segments.UpdateAsync(SegmentCode, Input.ToCommand() with { Code = SegmentCode }, ct);
        return RedirectToPage(new { segmentCode = SegmentCode });
    }

    public async Task<IActionResult> OnPostRetireAsync(CancellationToken ct)
    {
        if (!User.Holds(Roles.ManagePolicy))
        {
            return Forbid();
        }

        await segments.RetireAsync(SegmentCode, Version, ct);
        return RedirectToPage(new { segmentCode = SegmentCode });
    }
}
