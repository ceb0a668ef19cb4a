using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Zhili.BuildingBlocks.Security;
using Zhili.BuildingBlocks.Validation;
using Zhili.WageArrears.Features.SelfService;

namespace Zhili.WageArrears.Pages.Blacklist;

/// <summary>
/// B-OBJ: a listed employer objects to the published information and gives its evidence, without an account, with the
/// access code printed on the listing decision and its credit code (public, throttled). The answer names the deadline.
/// </summary>
[PublicEndpoint]
[EnableRateLimiting(RateLimits.Public)]
public sealed class ObjectionModel(SelfServiceService service) : PageModel
{
    [BindProperty]
    public ObjectionForm Input { get; set; } = new();

    public SelfServiceReceipt? Receipt { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var command = Input.ToCommand();
        if (await this.ValidAsync(command, nameof(Input)))
        {
            try
            {
                Receipt = await service.FileObjectionAsync(command, ct);
                // K-MASK: the answer echoes nothing of what was sent (the form's posted values live in ModelState).
                ModelState.Clear();
                Input = new ObjectionForm();
            }
            catch (RuleViolationException e)
            {
                ModelState.AddModelError($"Input.{e.Field}", $"{e.Message}（{e.Rule}）");
            }
        }

        return Page();
    }
}
