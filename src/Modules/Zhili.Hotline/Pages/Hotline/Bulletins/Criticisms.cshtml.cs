using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhili.BuildingBlocks.Paging;
using Zhili.BuildingBlocks.Validation;
using Zhili.BuildingBlocks.Web;
using Zhili.Hotline.Domain.Bulletins;
using Zhili.Hotline.Features.Bulletins;
using Zhili.Kernel.Units;

namespace Zhili.Hotline.Pages.Hotline.Bulletins;

/// <summary>H-CRIT: criticisms in the reader's scope; the office issues them, the criticised unit records its explanation.</summary>
[Authorize(Policy = HotlineRoles.StaffPolicy)]
public sealed class CriticismsModel(AccountabilityQueries queries, CriticismService service, IAdminUnits units) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public bool? Owed { get; set; }

    public Page<Criticism> Result { get; private set; } = null!;

    public bool IsOffice => User.IsOffice();

    public IEnumerable<Zhili.Kernel.Units.AdminUnit> Units => units.All.Where(u => u.ParentCode is not null);

    public string UnitName(string code) => units.Find(code)?.Name ?? code;

    /// <summary>The page of the list shown (a form refused shows the first).</summary>
    private int pageNumber = 1;

    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1, CancellationToken ct = default)
    {
        pageNumber = page;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostCriticiseAsync(CriticismForm form, CancellationToken ct)
    {
        if (!IsOffice)
        {
            return Forbid();
        }

        await service.CriticiseAsync(new CriticismDraft(form.UnitCode, form.Ground, form.Reason, form.Period, form.BulletinDate!.Value), ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostExplainAsync(ExplanationForm explanation, CancellationToken ct)
    {
        _ = await service.ExplainAsync(explanation.Id, explanation.Text, ct) ?? throw new NotFoundException("通报批评不存在");
        return RedirectToPage();
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Result = await queries.CriticismsAsync(null, null, Owed, new PageRequest(pageNumber, PageRequest.DefaultSize), ct);
        return true;
    }
}
