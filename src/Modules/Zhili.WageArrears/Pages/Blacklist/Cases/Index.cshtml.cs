using Zhili.BuildingBlocks.Paging;

namespace Zhili.WageArrears.Pages.Blacklist.Cases;

/// <summary>
/// The staff's case list: search by employer name, credit code, identity number or decision number; filters by state
/// (B-LIST), unit, ground (B-WHY) and unacknowledged county listings (B-PUB); sorted and paged. A county bureau sees
/// its own cases only; the city bureau sees every unit's.
/// </summary>
[Authorize(Policy = Roles.StaffPolicy)]
public sealed class IndexModel(CaseQueries queries, Deadlines deadlines, IAdminUnits units) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public ListingState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public Ground? Ground { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Unacknowledged { get; set; }

    public Page<BlacklistCase> Result { get; private set; } = null!;

    public IReadOnlySet<int> Acknowledged { get; private set; } = new HashSet<int>();

    public bool IsCityBureau => User.IsCityBureau();

    public ListingState StateOf(BlacklistCase c) => deadlines.ListingState(c);

    public string UnitName(string code) => units.Find(code)?.Name ?? code;

    /// <summary>The deciding units the list may be narrowed to, by name: the county-level units and the city bureau in scope.</summary>
    public IEnumerable<AdminUnit> FilterUnits => units.All.Where(u =>
        (u.Kind.IsCountyLevel() || u.Code == Roles.CityBureau) && (IsCityBureau || DataScope.Current.Covers(u.Code)));

    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, string? sort = null, CancellationToken ct = default)
    {
        var filter = new CaseFilter(Q is { Length: <= 100 } ? Q : null, State, Unit, Ground, Unacknowledged);
        Result = await queries.ListAsync(filter, new PageRequest(pageNumber, PageRequest.DefaultSize, sort), IsCityBureau, ct);
        Acknowledged = await queries.AcknowledgedAsync(Result.Items.Select(c => c.Id), ct);
    }
}
