using Zhili.Kernel.Features.Units;

namespace Zhili.Web.Pages.Units;

[PublicEndpoint]
public sealed class DetailModel(IAdminUnits units) : PageModel
{
    public UnitDto Unit { get; private set; } = null!;

    public IReadOnlyList<UnitDto> Children { get; private set; } = [];

    public IActionResult OnGet(string code)
    {
        var unit = units.Find(code);
        if (unit is null)
        {
            return NotFound();
        }

        Unit = UnitDto.From(unit, units);
        Children = units.Under(code).Where(u => u.ParentCode == code).Select(u => UnitDto.From(u, units)).ToList();
        return Page();
    }
}
