namespace Zhili.Hotline.Pages.Hotline.Bulletins;

/// <summary>H-TALK: interview proposals in the reader's scope; the office raises one for perfunctory handling and decides.</summary>
[Authorize(Policy = HotlineRoles.StaffPolicy)]
public sealed class InterviewsModel(AccountabilityQueries queries, InterviewService service, IAdminUnits units) : ListPageModel<InterviewProposal>(units)
{
    [BindProperty(SupportsGet = true)]
    public ProposalState? State { get; set; }

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

    protected override Task<Page<InterviewProposal>> ReadAsync(PageRequest page, CancellationToken ct) =>
        queries.ProposalsAsync(State, page, ct);
}
