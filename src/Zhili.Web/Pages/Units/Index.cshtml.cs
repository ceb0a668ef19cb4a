using Zhili.Kernel.Features.Units;

namespace Zhili.Web.Pages.Units;

[PublicEndpoint]
public sealed class IndexModel(KernelDbContext db, IAdminUnits units) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public UnitKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Block { get; set; }

    public Page<UnitDto> Result { get; private set; } = null!;

    // "page" is also Razor Pages' own route value (the page path), hence the explicit query name.
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, int pageSize = 50, string? sort = null, CancellationToken ct = default)
    {
        var found = await new UnitQuery(Q, Kind, null, Block).RunAsync(db, new PageRequest(pageNumber, pageSize, sort), ct);
        Result = found.Map(u => UnitDto.From(u, units));
    }
}
