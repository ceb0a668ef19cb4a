namespace Zhili.Roads.Pages.Roads.Chiefs;

/// <summary>
/// R-CHIEF: the road chief offices of the reader's scope with their holders, by district and level; a manager sets up an
/// office with its first holder here (the holder of an existing office is changed on the office's page).
/// </summary>
[Authorize(Policy = Roles.ReadPolicy)]
public sealed class IndexModel(ChiefQueries queries, ChiefService chiefs, IAdminUnits units, TimeProvider clock) : PageModel, IFormPage, IAppointPage
{
    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public ChiefLevel? Level { get; set; }

    [BindProperty]
    public AppointForm Input { get; set; } = new();

    public Page<RoadChief> Result { get; private set; } = null!;

    public Dictionary<int, string> Places { get; } = [];

    public bool CanManage => User.Holds(Roles.ManagePolicy);

    public IEnumerable<AdminUnit> Districts => SegmentPlaces.Districts(units).Where(d => DataScope.Current.Covers(d.Code));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.FirstDay = Zhili.Kernel.Civil.Today(clock);
        await LoadAsync(ct);
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        var page = int.TryParse(Request.Query["page"], out var p) ? p : 1;
        Result = await queries.ListAsync(District is { Length: <= 20 } ? District : null, Level, new PageRequest(page, 50, Request.Query["sort"]), ct);
        foreach (var c in Result.Items)
        {
            Places[c.Id] = await queries.PlaceNameAsync(c, ct);
        }

        return true;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        var chief = await chiefs.AppointAsync(Input.ToCommand(), User.Name(), ct);
        return Redirect($"/roads/chiefs/{chief.Id}");
    }
}
