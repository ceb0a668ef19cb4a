namespace Zhili.Hotline.Pages.Hotline;

/// <summary>One category: the office renames it, sets its default unit and SLA overrides, or retires it (H-FLOW, H-SLA).</summary>
[Authorize(Policy = HotlineRoles.OfficePolicy)]
public sealed class CategoryModel(CategoryService service, IAdminUnits units) : PageModel, IFormPage
{
    [BindProperty]
    public CategoryForm Input { get; set; } = new();

    public Category Category { get; private set; } = null!;

    public IEnumerable<AdminUnit> HandlingUnits => units.All.Where(u => u.Kind.IsCountyLevel() || u.Kind == UnitKind.Department);

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input = CategoryForm.Of(Category);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => Change(c => service.EditAsync(c, Input.ToDraft(), ct), ct);

    public Task<IActionResult> OnPostRetireAsync(CancellationToken ct) => Change(c => service.RetireAsync(c, ct), ct);

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Category = (await service.FindAsync(Code, ct))!;
        return Category is not null;
    }

    private async Task<IActionResult> Change(Func<Category, Task<Category>> change, CancellationToken ct)
    {
        await change(await service.FindAsync(Code, ct).OrNotFound($"分类 {Code} 不存在"));
        return Redirect($"/hotline/categories/{Code}");
    }
}
