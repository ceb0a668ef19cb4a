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

/// <summary>H-CRIT: criticisms in the reader's scope; the office issues them, the criticised unit records its explanation.</summary>
[Authorize(Policy = HotlineRoles.StaffPolicy)]
public sealed class CriticismsModel(AccountabilityQueries queries, CriticismService service, IAdminUnits units) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool? Owed { get; set; }

    public Page<Criticism> Result { get; private set; } = null!;

    public bool IsOffice => User.IsOffice();

    public IEnumerable<Zhili.Kernel.Units.AdminUnit> Units => units.All.Where(u => u.ParentCode is not null);

    public string UnitName(string code) => units.Find(code)?.Name ?? code;

    public Task OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default) => LoadAsync(pageNumber, ct);

    public async Task<IActionResult> OnPostCriticiseAsync(CriticismForm form, CancellationToken ct)
    {
        if (!IsOffice)
        {
            return Forbid();
        }

        return await ActAsync(() => service.CriticiseAsync(
            new CriticismDraft(form.UnitCode, form.Ground, form.Reason, form.Period, form.BulletinDate!.Value), ct), "form", ct);
    }

    public Task<IActionResult> OnPostExplainAsync(ExplanationForm explanation, CancellationToken ct) =>
        ActAsync(async () => await service.ExplainAsync(explanation.Id, explanation.Text, ct) ?? throw new RuleViolationException("id", "通报批评不存在", "H-CRIT"),
            "explanation", ct);

    private async Task<IActionResult> ActAsync<T>(Func<Task<T>> act, string prefix, CancellationToken ct)
    {
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
        Result = await queries.CriticismsAsync(null, null, Owed, new PageRequest(pageNumber, PageRequest.DefaultSize), ct);
}
