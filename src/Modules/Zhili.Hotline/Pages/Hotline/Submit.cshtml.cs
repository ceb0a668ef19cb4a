using Microsoft.AspNetCore.RateLimiting;

namespace Zhili.Hotline.Pages.Hotline;

/// <summary>The citizen's form (public, throttled like every public surface); the API's public intake checks it.</summary>
public sealed class CitizenForm : IForm<PublicAppealRequest>
{
    public string CallerName { get; set; } = "";

    public string CallerPhone { get; set; } = "";

    public bool Confidential { get; set; }

    public AppealType Type { get; set; } = AppealType.Help;

    public string CategoryCode { get; set; } = "";

    public string Address { get; set; } = "";

    public string Description { get; set; } = "";

    public PublicAppealRequest ToCommand() =>
        new(Clean(CallerName), Clean(CallerPhone), Confidential, Type, Clean(CategoryCode), Clean(Address), Clean(Description));

    // Model binding turns an empty field into null: the validator, not a NullReferenceException, refuses it.
    private static string Clean(string? value) => value?.Trim() ?? "";
}

[PublicEndpoint]
[EnableRateLimiting(RateLimits.Public)]
public sealed class SubmitModel(AppealService service, AppealQueries queries) : PageModel, IFormPage
{
    [BindProperty]
    public CitizenForm Input { get; set; } = new();

    public IReadOnlyList<CategoryDto> Leaves { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var a = await service.ReceiveAsync(Input.ToCommand().ToIntake(), ct);
        return Redirect($"/hotline/status?number={a.TrackingNumber}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Leaves = (await queries.CategoriesAsync(ct)).Where(c => c.Level == 3).ToList();
        return true;
    }
}
