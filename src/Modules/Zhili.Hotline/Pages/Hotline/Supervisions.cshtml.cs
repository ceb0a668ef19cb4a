using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhili.BuildingBlocks.Paging;
using Zhili.BuildingBlocks.Web;
using Zhili.Hotline.Domain;
using Zhili.Hotline.Features;
using Zhili.Kernel.Units;

namespace Zhili.Hotline.Pages.Hotline;

/// <summary>The office's list of open supervisions by level (重点, 专项, 一般), and opening one over a group of appeals (H-LVL).</summary>
[Authorize(Policy = HotlineRoles.OfficePolicy)]
public sealed class SupervisionsModel(SupervisionQueries queries, SupervisionService cases, IAdminUnits units) : PageModel, IFormPage
{
    private const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public SupervisionLevel? Level { get; set; }

    public Page<SupervisionCaseRow> Result { get; private set; } = null!;

    public string UnitName(string code) => units.Find(code)?.Name ?? code;

    /// <summary>The page of the list shown (a form refused shows the first).</summary>
    private int pageNumber = 1;

    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1, CancellationToken ct = default)
    {
        pageNumber = page;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostOpenAsync(string? trackingNumbers, SupervisionLevel level, string? reason, CancellationToken ct)
    {
        var numbers = (trackingNumbers ?? "").Split([',', '，', '、', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.ToUpperInvariant()).Distinct().ToList();
        var opened = await cases.OpenAsync(await cases.IdsOfAsync(numbers, ct), level, reason ?? "", ct);
        return RedirectToPage("/Hotline/SupervisionCase", new { id = opened.Id });
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Result = await queries.ListAsync(new SupervisionFilter(Level), new PageRequest(pageNumber, PageSize), ct);
        return true;
    }
}
