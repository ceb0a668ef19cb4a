namespace Zhili.Hotline.Pages.Hotline.Bulletins;

/// <summary>H-ACC: referrals to discipline inspection, recorded and listed by the office only.</summary>
[Authorize(Policy = HotlineRoles.OfficePolicy)]
public sealed class ReferralsModel(AccountabilityQueries queries, InterviewService service, IAdminUnits units) : ListPageModel<DisciplineReferral>(units)
{
    public async Task<IActionResult> OnPostAsync(ReferralForm referral, CancellationToken ct)
    {
        await service.ReferAsync(new ReferralDraft(referral.UnitCode, referral.AppealId, referral.Misconduct, referral.ReferredTo,
            referral.ReferredOn!.Value), ct);
        return RedirectToPage();
    }

    protected override Task<Page<DisciplineReferral>> ReadAsync(PageRequest page, CancellationToken ct) => queries.ReferralsAsync(page, ct);
}
