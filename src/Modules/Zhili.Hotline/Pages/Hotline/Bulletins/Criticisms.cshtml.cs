namespace Zhili.Hotline.Pages.Hotline.Bulletins;

/// <summary>H-CRIT: criticisms in the reader's scope; the office issues them, the criticised unit records its explanation.</summary>
[Authorize(Policy = HotlineRoles.StaffPolicy)]
public sealed class CriticismsModel(AccountabilityQueries queries, CriticismService service, IAdminUnits units) : ListPageModel<Criticism>(units)
{
    [BindProperty(SupportsGet = true)]
    public bool? Owed { get; set; }

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

    protected override Task<Page<Criticism>> ReadAsync(PageRequest page, CancellationToken ct) =>
        queries.CriticismsAsync(null, null, Owed, page, ct);
}
