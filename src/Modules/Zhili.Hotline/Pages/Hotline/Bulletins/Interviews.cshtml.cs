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

/// <summary>H-TALK: interview proposals in the reader's scope; the office raises one for perfunctory handling and decides.</summary>
[Authorize(Policy = HotlineRoles.StaffPolicy)]
public sealed class InterviewsModel(AccountabilityQueries queries, InterviewService service, IAdminUnits units) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public ProposalState? State { get; set; }

    public Page<InterviewProposal> Result { get; private set; } = null!;

    public bool IsOffice => User.IsOffice();

    public IEnumerable<AdminUnit> Units => units.All.Where(u => u.ParentCode is not null);

    public string UnitName(string code) => units.Find(code)?.Name ?? code;

    /// <summary>The page of the list shown (a form refused shows the first).</summary>
    private int pageNumber = 1;

    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1, CancellationToken ct = default)
    {
        pageNumber = page;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostProposeAsync(ProposalForm proposal, CancellationToken ct)
    {
        if (!IsOffice)
        {
            return Forbid();
        }

        await service.ProposeAsync(proposal.UnitCode, proposal.Grounds, ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDecideAsync(DecisionForm decision, CancellationToken ct)
    {
        if (!IsOffice)
        {
            return Forbid();
        }

        _ = await (decision.Confirm ? service.ConfirmAsync(decision.Id, decision.Note, ct) : service.DismissAsync(decision.Id, decision.Note, ct))
            ?? throw new NotFoundException("约谈建议不存在");
        return RedirectToPage();
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Result = await queries.ProposalsAsync(State, new PageRequest(pageNumber, PageRequest.DefaultSize), ct);
        return true;
    }
}
