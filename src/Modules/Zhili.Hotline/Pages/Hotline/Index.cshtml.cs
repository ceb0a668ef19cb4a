using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhili.BuildingBlocks.Paging;
using Zhili.BuildingBlocks.Security;
using Zhili.Hotline.Domain;
using Zhili.Kernel.Units;
using Zhili.Hotline.Features.Appeals;

namespace Zhili.Hotline.Pages.Hotline;

/// <summary>
/// The appeal list: the office sees all, a handling unit its own (the data scope filters the query). Anyone else — a
/// citizen without sign-in — gets the hotline's front door (反映诉求, 查询进度) and reads no appeal.
/// </summary>
[PublicEndpoint]
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

    /// <summary>Whether the page is the citizens' front door (the reader is not hotline staff).</summary>
    public bool FrontDoor { get; private set; }

    public string UnitName(string code) => units.Find(code)?.Name ?? code;

    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, string? sort = null, CancellationToken ct = default)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        FrontDoor = !User.Holds(HotlineRoles.StaffPolicy);
        if (FrontDoor)
        {
            return;
        }

        Result = await queries.ListAsync(new AppealFilter(Q, State, Unit, Type), new PageRequest(pageNumber, PageRequest.DefaultSize, sort), ct);
    }
}
