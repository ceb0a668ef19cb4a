namespace Zhili.Roads.Pages.Roads.Segments;

/// <summary>R-SCOPE: registers a segment on a street of the reader's scope, through the API's validator and service.</summary>
[Authorize(Policy = Roles.ManagePolicy)]
public sealed class NewModel(SegmentService segments, IAdminUnits units) : PageModel, IFormPage, ISegmentFormPage
{
    [BindProperty]
    public SegmentForm Input { get; set; } = new();

    public IEnumerable<AdminUnit> Streets => SegmentPlaces.Streets(units);

    public bool IsNew => true;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var s = await segments.CreateAsync(Input.ToCommand(), ct);
        return Redirect($"/roads/segments/{s.Code}");
    }

    public Task<bool> LoadAsync(CancellationToken ct) => Task.FromResult(true);
}
