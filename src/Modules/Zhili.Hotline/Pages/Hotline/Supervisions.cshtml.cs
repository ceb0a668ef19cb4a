using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhili.BuildingBlocks.Paging;
using Zhili.BuildingBlocks.Validation;
using Zhili.Hotline.Domain;
using Zhili.Hotline.Features;
using Zhili.Kernel.Units;

namespace Zhili.Hotline.Pages.Hotline;

/// <summary>The office's list of open supervisions by level (重点, 专项, 一般), and opening one over a group of appeals (H-LVL).</summary>
[Authorize(Policy = HotlineRoles.OfficePolicy)]
public sealed class SupervisionsModel(SupervisionQueries queries, SupervisionService cases, IAdminUnits units) : PageModel
{
    private const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public SupervisionLevel? Level { get; set; }

    public Page<SupervisionCaseRow> Result { get; private set; } = null!;

    public string UnitName(string code) => units.Find(code)?.Name ?? code;

    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default) =>
        Result = await queries.ListAsync(new SupervisionFilter(Level), new PageRequest(pageNumber, PageSize), ct);

    public async Task<IActionResult> OnPostOpenAsync(string? trackingNumbers, SupervisionLevel level, string? reason, CancellationToken ct)
    {
        try
        {
            var numbers = (trackingNumbers ?? "").Split([',', '，', '、', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(n => n.ToUpperInvariant()).Distinct().ToList();
            var opened = await cases.OpenAsync(await cases.IdsOfAsync(numbers, ct), level, reason ?? "", ct);
            return RedirectToPage("/Hotline/SupervisionCase", new { id = opened.Id });
        }
        catch (RuleViolationException e)
        {
            ModelState.AddModelError(e.Field, $"{e.Message}（{e.Rule}）");
            await OnGetAsync(1, ct);
            return Page();
        }
        catch (Exception e) when (ConflictProblem.Of(e) is { } conflict)
        {
            ModelState.AddModelError("", ConflictProblem.Text(conflict));
            await OnGetAsync(1, ct);
            return Page();
        }
    }
}
