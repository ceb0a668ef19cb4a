using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Zhili.BuildingBlocks.Security;
using Zhili.BuildingBlocks.Validation;
using Zhili.WageArrears.Features.SelfService;

namespace Zhili.WageArrears.Pages.Blacklist;

/// <summary>
/// B-NOTICE: the employer files its written statement and defence without an account, with the access code printed on
/// the notice and its credit code (public, throttled like every public surface). The answer shows no personal data.
/// </summary>
[PublicEndpoint]
[EnableRateLimiting(RateLimits.Public)]
public sealed class DefenceModel(SelfServiceService service) : PageModel
{
    [BindProperty]
    public DefenceForm Input { get; set; } = new();

    public SelfServiceReceipt? Receipt { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var command = Input.ToCommand();
        if (await this.ValidAsync(command, nameof(Input)))
        {
            try
            {
                Receipt = await service.FileDefenceAsync(command, ct);
                // K-MASK: the answer echoes nothing of what was sent (the form's posted values live in ModelState).
                ModelState.Clear();
                Input = new DefenceForm();
            }
            catch (RuleViolationException e)
            {
                ModelState.AddModelError($"Input.{e.Field}", $"{e.Message}（{e.Rule}）");
            }
        }

        return Page();
    }
}
