using Microsoft.AspNetCore.RateLimiting;

namespace Zhili.WageArrears.Pages.Blacklist;

/// <summary>
/// B-NOTICE: the employer files its written statement and defence without an account, with the access code printed on
/// the notice and its credit code (public, throttled like every public surface). The answer shows no personal data.
/// </summary>
[PublicEndpoint]
[EnableRateLimiting(RateLimits.Public)]
public sealed class DefenceModel(SelfServiceService service) : SelfServicePageModel<DefenceForm>
{
    protected override Task<SelfServiceReceipt> FileAsync(DefenceForm form, CancellationToken ct) => service.FileDefenceAsync(form.ToCommand(), ct);
}
