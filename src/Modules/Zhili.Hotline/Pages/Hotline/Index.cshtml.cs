using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhili.BuildingBlocks.Paging;
using Zhili.Hotline.Domain;
using Zhili.Kernel.Units;
using Zhili.Hotline.Features.Appeals;

namespace Zhili.Hotline.Pages.Hotline;

/// <summary>The appeal list: the office sees all, a handling unit its own (the data scope filters the query).</summary>
[Authorize(Policy = HotlineRoles.StaffPolicy)]
public sealed class IndexModel(AppealQueries queries, IAdminUnits units, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public AppealState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public AppealType? Type { get; set; }

    public Page<AppealRow> Result { get; private set; } = null!;

    public DateTime Now { get; private set; }

    public string UnitName(string code) => units.Find(code)?.Name ?? code;

    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, string? sort = null, CancellationToken ct = default)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Result = await queries.ListAsync(new AppealFilter(Q, State, Unit, Type), new PageRequest(pageNumber, PageRequest.DefaultSize, sort), ct);
    }
}
