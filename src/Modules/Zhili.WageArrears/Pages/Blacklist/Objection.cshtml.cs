using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Zhili.BuildingBlocks.Security;
using Zhili.BuildingBlocks.Web;
using Zhili.WageArrears.Features.SelfService;

namespace Zhili.WageArrears.Pages.Blacklist;

/// <summary>
/// B-OBJ: a listed employer objects to the published information and gives its evidence, without an account, with the
/// access code printed on the listing decision and its credit code (public, throttled). The answer names the deadline.
/// </summary>
[PublicEndpoint]
[EnableRateLimiting(RateLimits.Public)]
public sealed class ObjectionModel(SelfServiceService service) : PageModel, IFormPage
{
    [BindProperty]
    public ObjectionForm Input { get; set; } = new();

    public SelfServiceReceipt? Receipt { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Receipt = await service.FileObjectionAsync(Input.ToCommand(), ct);
        // K-MASK: the answer echoes nothing of what was sent (the form's posted values live in ModelState).
        ModelState.Clear();
        Input = new ObjectionForm();
        return Page();
    }

    public Task<bool> LoadAsync(CancellationToken ct) => Task.FromResult(true);
}
