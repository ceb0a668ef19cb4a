using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhili.BuildingBlocks.Paging;
using Zhili.BuildingBlocks.Validation;
using Zhili.Hotline.Domain.Bulletins;
using Zhili.Hotline.Features;
using Zhili.Hotline.Features.Bulletins;
using Zhili.Kernel.Units;

namespace Zhili.Hotline.Pages.Hotline.Bulletins;

/// <summary>H-TALK: interview proposals in the reader's scope; the office raises one for perfunctory handling and decides.</summary>
[Authorize(Policy = HotlineRoles.StaffPolicy)]
public sealed class InterviewsModel(AccountabilityQueries queries, InterviewService service, IAdminUnits units) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ProposalState? State { get; set; }

    public Page<InterviewProposal> Result { get; private set; } = null!;

    public bool IsOffice => User.IsOffice();

    public IEnumerable<AdminUnit> Units => units.All.Where(u => u.ParentCode is not null);

    public string UnitName(string code) => units.Find(code)?.Name ?? code;

    public Task OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default) => LoadAsync(pageNumber, ct);

    public Task<IActionResult> OnPostProposeAsync(ProposalForm proposal, CancellationToken ct) =>
        ActAsync(() => service.ProposeAsync(proposal.UnitCode, proposal.Grounds, ct), "proposal", ct);

    public Task<IActionResult> OnPostDecideAsync(DecisionForm decision, CancellationToken ct) => ActAsync(async () =>
        await (decision.Confirm ? service.ConfirmAsync(decision.Id, decision.Note, ct) : service.DismissAsync(decision.Id, decision.Note, ct))
            ?? throw new RuleViolationException("id", "约谈建议不存在", "H-TALK"), "decision", ct);

    private async Task<IActionResult> ActAsync<T>(Func<Task<T>> act, string prefix, CancellationToken ct)
    {
        if (!IsOffice)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            try
            {
                await act();
                return RedirectToPage();
            }
            catch (RuleViolationException e)
            {
                ModelState.AddModelError($"{prefix}.{e.Field}", $"{e.Message}（{e.Rule}）");
            }
            catch (Exception e) when (ConflictProblem.Of(e) is { } conflict)
            {
                ModelState.AddModelError("", ConflictProblem.Text(conflict));
            }
        }

        await LoadAsync(1, ct);
        return Page();
    }

    private async Task LoadAsync(int pageNumber, CancellationToken ct) =>
        Result = await queries.ProposalsAsync(State, new PageRequest(pageNumber, PageRequest.DefaultSize), ct);
}
