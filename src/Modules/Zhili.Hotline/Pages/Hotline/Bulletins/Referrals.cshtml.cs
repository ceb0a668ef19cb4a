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

/// <summary>H-ACC: referrals to discipline inspection, recorded and listed by the office only.</summary>
[Authorize(Policy = HotlineRoles.OfficePolicy)]
public sealed class ReferralsModel(AccountabilityQueries queries, InterviewService service, IAdminUnits units) : PageModel, IFormPage
{
    public Page<DisciplineReferral> Result { get; private set; } = null!;

    public IEnumerable<AdminUnit> Units => units.All.Where(u => u.ParentCode is not null);

    public string UnitName(string code) => units.Find(code)?.Name ?? code;

    /// <summary>The page of the list shown (a form refused shows the first).</summary>
    private int pageNumber = 1;

    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1, CancellationToken ct = default)
    {
        pageNumber = page;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(ReferralForm referral, CancellationToken ct)
    {
        await service.ReferAsync(new ReferralDraft(referral.UnitCode, referral.AppealId, referral.Misconduct, referral.ReferredTo,
            referral.ReferredOn!.Value), ct);
        return RedirectToPage();
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Result = await queries.ReferralsAsync(new PageRequest(pageNumber, PageRequest.DefaultSize), ct);
        return true;
    }
}
