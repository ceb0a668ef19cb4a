using Microsoft.AspNetCore.RateLimiting;

namespace Zhili.Hotline.Pages.Hotline;

/// <summary>Public status by tracking number: the caller masked (K-MASK), no internal notes.</summary>
[PublicEndpoint]
[EnableRateLimiting(RateLimits.Public)]
public sealed class StatusModel(AppealService service, AppealQueries queries, IAdminUnits units) : PageModel
{
    public string? Number { get; private set; }

    public PublicStatus? Status { get; private set; }

    public async Task OnGetAsync(string? number, CancellationToken ct)
    {
        Number = number?.Trim();
        if (!string.IsNullOrEmpty(Number))
        {
            Status = await PublicEndpoints.LookupAsync(Number, service, queries, units, ct);
        }
    }
}
