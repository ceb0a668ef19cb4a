namespace Zhili.Identity.Pages.Admin.Partners;

/// <summary>Partner keys: the list, and revoking one (the /Admin folder requires the administrator policy; keys need a city-wide one).</summary>
// A key reaches city-wide lookups: only the city issues, sees and revokes them.
[Authorize(Policy = Policies.CityAdministrator)]
public sealed class IndexModel(ApiKeyService keys, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ApiKeyDto> Keys { get; private set; } = [];

    /// <summary>The key just revoked, to confirm it (from the redirect after the POST).</summary>
    [BindProperty(SupportsGet = true)]
    public long? Revoked { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Keys = (await keys.ListAsync(ct)).Select(k => ApiKeyDto.From(k, now)).ToList();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken ct) =>
        await keys.RevokeAsync(id, User.Identity?.Name, ct) is null ? NotFound() : Redirect($"/admin/partners?revoked={id}");

    /// <summary>The last civil day a key works: it expires at 24:00 Beijing time of that day.</summary>
    public static string LastDay(DateTime expiresAt) => Civil.DateOf(expiresAt.AddSeconds(-1)).ToString("yyyy-MM-dd", null);

    public static string Beijing(DateTime? at) => at is null ? "" : Civil.ToShanghai(at.Value).ToString("yyyy-MM-dd HH:mm", null);

    public static string StateName(ApiKeyState state) => state switch
    {
        ApiKeyState.Active => "有效",
        ApiKeyState.Expired => "已到期",
        _ => "已吊销",
    };
}
