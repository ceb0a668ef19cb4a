namespace Zhili.Roads.Pages.Roads.Segments;

/// <summary>R-SCOPE: the registry of the reader's scope (a district its own, the city all), searchable, by district and street, paged.</summary>
[Authorize(Policy = Roles.ReadPolicy)]
public sealed class IndexModel(SegmentQueries queries, IAdminUnits units) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Retired { get; set; }

    public Page<RoadSegment> Result { get; private set; } = null!;

    public bool CanManage => User.Holds(Roles.ManagePolicy);

    public string UnitName(string code) => SegmentDto.UnitName(units, code);

    /// <summary>The districts and streets of the urban scope the reader sees, to narrow the list by.</summary>
    public IEnumerable<AdminUnit> FilterUnits => units.All.Where(u =>
        (SegmentPlaces.StreetOfScope(units, u.Code) is not null || (u.Kind.IsCountyLevel() && u.InUrbanScope)) && DataScope.Current.Covers(u.Code));

    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, string? sort = null, CancellationToken ct = default)
    {
        var unit = Unit is { Length: <= 20 } u ? units.Find(u) : null;
        var filter = new SegmentFilter(Q is { Length: <= 100 } ? Q : null,
            unit?.Kind.IsCountyLevel() == true ? unit.Code : null, unit is { Kind: UnitKind.Street or UnitKind.Township } ? unit.Code : null, Retired);
        Result = await queries.ListAsync(filter, new PageRequest(pageNumber, PageRequest.DefaultSize, sort), ct);
    }
}
