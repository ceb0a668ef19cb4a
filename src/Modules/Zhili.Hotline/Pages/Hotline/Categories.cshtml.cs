namespace Zhili.Hotline.Pages.Hotline;

/// <summary>The category tree with its default units and SLA overrides; the office adds categories here (H-FLOW, H-SLA).</summary>
[Authorize(Policy = HotlineRoles.StaffPolicy)]
public sealed class CategoriesModel(CategoryService service, IAdminUnits units) : PageModel, IFormPage
{
    [BindProperty]
    public CategoryForm Input { get; set; } = new();

    public IReadOnlyList<Category> Tree { get; private set; } = [];

    public bool IsOffice => User.IsOffice();

    /// <summary>The units an appeal is assigned to: county-level units and city departments.</summary>
    public IEnumerable<AdminUnit> HandlingUnits => units.All.Where(u => u.Kind.IsCountyLevel() || u.Kind == UnitKind.Department);

    public string UnitName(string? code) => code is null ? "—" : units.Find(code)?.Name ?? code;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!IsOffice)
        {
            return Forbid();
        }

        var category = await service.AddAsync(Input.Code, Input.ToDraft(), ct);
        return Redirect($"/hotline/categories/{category.Code}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Tree = await service.TreeAsync(ct);
        return true;
    }
}
