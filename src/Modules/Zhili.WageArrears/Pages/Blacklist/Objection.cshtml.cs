using Microsoft.AspNetCore.RateLimiting;

namespace Zhili.WageArrears.Pages.Blacklist;

/// <summary>
/// B-OBJ: a listed employer objects to the published information and gives its evidence, without an account, with the
/// access code printed on the listing decision and its credit code (public, throttled). The answer names the deadline.
/// </summary>
[PublicEndpoint]
[EnableRateLimiting(RateLimits.Public)]
public sealed class ObjectionModel(SelfServiceService service) : SelfServicePageModel<ObjectionForm>
{
    protected override Task<SelfServiceReceipt> FileAsync(ObjectionForm form, CancellationToken ct) => service.FileObjectionAsync(form.ToCommand(), ct);
}
