namespace Zhili.Identity.Pages.Admin.Partners;

/// <summary>Issue a partner key; the answer to the POST shows the whole key this once and is never cached.</summary>
// A key reaches city-wide lookups: only the city issues, sees and revokes them.
[Authorize(Policy = Policies.CityAdministrator)]
public sealed class NewModel(ApiKeyService keys, EndpointDataSource endpoints, TimeProvider clock) : PageModel, IFormPage
{
    [BindProperty]
    public NewApiKey Input { get; set; } = new();

    /// <summary>The key just issued and its secret (only in the answer to the POST).</summary>
    public (ApiKeyDto Key, string Secret)? Issued { get; private set; }

    /// <summary>Scopes that endpoints of the app require today (a hint; other well-formed scopes may be granted ahead).</summary>
    public IReadOnlyList<string> KnownScopes => endpoints.Endpoints
        .SelectMany(e => e.Metadata.GetOrderedMetadata<PartnerScopeMetadata>()).Select(m => m.Scope)
        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public DateOnly LatestExpiry => Civil.Today(clock).AddYears(NewApiKey.MaxYears);

    public void OnGet()
    {
        Input.RequestsPerMinute = NewApiKey.DefaultRequestsPerMinute;
        Input.ExpiresOn = NewApiKey.DefaultExpiry(Civil.Today(clock));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (key, secret) = await keys.IssueAsync(Input, User.Identity?.Name, ct);
        Issued = (ApiKeyDto.From(key, clock.GetUtcNow().UtcDateTime), secret);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public Task<bool> LoadAsync(CancellationToken ct) => Task.FromResult(true);
}
