namespace Zhili.Roads.Pages.Roads;

/// <summary>R-BOARD: the public list of segments by district, searchable by road, segment name or code; each links to its board.</summary>
[PublicEndpoint]
public sealed class IndexModel(BoardQueries boards, IAdminUnits units) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    public Page<PublicSegment> Result { get; private set; } = null!;

    public IEnumerable<AdminUnit> Districts => SegmentPlaces.Districts(units);

    public string UnitName(string code) => SegmentDto.UnitName(units, code);

    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default) =>
        Result = await boards.ListAsync(District is { Length: <= 20 } ? District : null, Q is { Length: <= 100 } ? Q : null, pageNumber, ct);
}
