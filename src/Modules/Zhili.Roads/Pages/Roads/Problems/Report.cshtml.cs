namespace Zhili.Roads.Pages.Roads.Problems;

/// <summary>R-3BAO: reports a problem found on a segment, from a phone on the street: category, description, photo, place.</summary>
[Authorize(Policy = ProblemRoles.ReportPolicy)]
public sealed class ReportModel(ProblemService problems, SegmentQueries segments) : PageModel, IFormPage
{
    [BindProperty]
    public ReportForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "segment")]
    public string? Segment { get; set; }

    public IReadOnlyList<RoadSegment> Segments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Input.SegmentCode ??= Segment;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Segments = (await segments.ListAsync(new SegmentFilter(), new PageRequest(1, PageRequest.MaxSize), ct)).Items;
        return true;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var p = await problems.ReportAsync(Input.ToCommand(), User.Name(), ct);
        return Redirect($"/roads/problems/{p.Id}");
    }
}
