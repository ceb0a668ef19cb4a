namespace Zhili.Roads.Pages.Roads.Patrols;

/// <summary>
/// R-PATROL: a chief logs a patrol from the street (one column, big targets, the phone's camera), and staff read the
/// patrols of their scope by segment and days.
/// </summary>
[Authorize(Policy = Roles.ReadPolicy)]
public sealed class IndexModel(PatrolQueries queries, PatrolService patrols) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public string? Segment { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty]
    public PatrolForm Input { get; set; } = new();

    public Page<Patrol> Result { get; private set; } = null!;

    public List<RoadSegment> Segments { get; private set; } = [];

    public bool CanPatrol => User.Holds(Roles.PatrolPolicy);

    public bool Logged { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Logged = Request.Query.ContainsKey("logged");
        await LoadAsync(ct);
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        var page = int.TryParse(Request.Query["page"], out var p) ? p : 1;
        var segment = Segment is { Length: <= RoadCodes.MaxLength } ? Segment : null;
        Result = await queries.ListAsync(segment, From, To, new PageRequest(page, 30, Request.Query["sort"].FirstOrDefault() ?? "-at"), ct);
        Segments = await queries.SegmentsAsync(ct);
        return true;
    }

    [RequestSizeLimit(PatrolRules.PhotoBytes * 2)]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanPatrol)
        {
            return Forbid();
        }

        var patrol = await patrols.LogAsync(Input.ToCommand(), User.Name(), ct);
        return Redirect($"/roads/patrols?segment={patrol.SegmentCode}&logged=1");
    }
}
