using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhili.BuildingBlocks.Validation;
using Zhili.Hotline.Domain;
using Zhili.Hotline.Features;
using Zhili.Hotline.Features.Categories;
using Zhili.Kernel.Units;

namespace Zhili.Hotline.Pages.Hotline;

/// <summary>One category: the office renames it, sets its default unit and SLA overrides, or retires it (H-FLOW, H-SLA).</summary>
[Authorize(Policy = HotlineRoles.OfficePolicy)]
public sealed class CategoryModel(CategoryService service, IAdminUnits units) : PageModel
{
    [BindProperty]
    public CategoryForm Input { get; set; } = new();

    public Category Category { get; private set; } = null!;

    public IEnumerable<AdminUnit> HandlingUnits => units.All.Where(u => u.Kind.IsCountyLevel() || u.Kind == UnitKind.Department);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await service.FindAsync(code, ct) is not { } category)
        {
            return NotFound();
        }

        Category = category;
        Input = CategoryForm.Of(category);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(string code, CancellationToken ct) =>
        Change(code, c => service.EditAsync(c, Input.ToDraft(), ct), ct);

    public Task<IActionResult> OnPostRetireAsync(string code, CancellationToken ct)
    {
        ModelState.Clear(); // retiring posts no form fields
        return Change(code, c => service.RetireAsync(c, ct), ct);
    }

    private async Task<IActionResult> Change(string code, Func<Category, Task<Category>> change, CancellationToken ct)
    {
        if (await service.FindAsync(code, ct) is not { } category)
        {
            return NotFound();
        }

        Category = category;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await change(category);
            return Redirect($"/hotline/categories/{code}");
        }
        catch (RuleViolationException e)
        {
            ModelState.AddModelError($"Input.{char.ToUpperInvariant(e.Field[0])}{e.Field[1..]}", $"{e.Message}（{e.Rule}）");
            return Page();
        }
        catch (Exception e) when (ConflictProblem.Of(e) is { } conflict)
        {
            ModelState.AddModelError("", ConflictProblem.Text(conflict));
            return Page();
        }
    }
}
