using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Zhili.BuildingBlocks.Security;
using Zhili.BuildingBlocks.Web;
using Zhili.WageArrears.Features.SelfService;

namespace Zhili.WageArrears.Pages.Blacklist;

/// <summary>
/// B-NOTICE: the employer files its written statement and defence without an account, with the access code printed on
/// the notice and its credit code (public, throttled like every public surface). The answer shows no personal data.
/// </summary>
[PublicEndpoint]
[EnableRateLimiting(RateLimits.Public)]
public sealed class DefenceModel(SelfServiceService service) : PageModel, IFormPage
{
    [BindProperty]
    public DefenceForm Input { get; set; } = new();

    public SelfServiceReceipt? Receipt { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Receipt = await service.FileDefenceAsync(Input.ToCommand(), ct);
        // K-MASK: the answer echoes nothing of what was sent (the form's posted values live in ModelState).
        ModelState.Clear();
        Input = new DefenceForm();
        return Page();
    }

    public Task<bool> LoadAsync(CancellationToken ct) => Task.FromResult(true);
}
