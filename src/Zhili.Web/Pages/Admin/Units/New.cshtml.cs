namespace Zhili.Web.Pages.Admin.Units;

/// <summary>K-UNITS: an administrator adds a street or township (the /Admin folder requires the administrator policy).</summary>
public sealed class NewModel(IAdminUnits units, DirectoryStore store) : PageModel, IFormPage
{
    [BindProperty]
    public NewUnit Input { get; set; } = new("", "", "", UnitKind.Street);

    public IReadOnlyList<AdminUnit> CountyLevel => units.All.Where(u => u.Kind.IsCountyLevel()).ToList();

    public void OnGet(string? parent) => Input = Input with { ParentCode = parent ?? "" };

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var unit = await store.AddAsync(Input, User.Identity?.Name, ct);
        return Redirect($"/units/{unit.Code}");
    }

    public Task<bool> LoadAsync(CancellationToken ct) => Task.FromResult(true);
}
