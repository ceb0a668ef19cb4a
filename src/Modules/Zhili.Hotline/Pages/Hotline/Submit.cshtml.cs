using Zhili.BuildingBlocks.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Zhili.BuildingBlocks.Security;
using Zhili.Hotline.Domain;
using Zhili.Hotline.Features;

namespace Zhili.Hotline.Pages.Hotline;

/// <summary>The citizen's form (public, throttled like every public surface).</summary>
public sealed class CitizenForm
{
    public string CallerName { get; set; } = "";

    public string CallerPhone { get; set; } = "";

    public bool Confidential { get; set; }

    public AppealType Type { get; set; } = AppealType.Help;

    public string CategoryCode { get; set; } = "";

    public string Address { get; set; } = "";

    public string Description { get; set; } = "";
}

public sealed class CitizenFormValidator : AbstractValidator<CitizenForm>
{
    public CitizenFormValidator()
    {
        RuleFor(f => f.CallerName).NotEmpty().WithMessage("请填写姓名").MaximumLength(50);
        RuleFor(f => f.CallerPhone).MustBePhone();
        RuleFor(f => f.Type).IsInEnum();
        RuleFor(f => f.CategoryCode).NotEmpty().WithMessage("请选择分类");
        RuleFor(f => f.Address).NotEmpty().WithMessage("请填写地址").MaximumLength(200);
        RuleFor(f => f.Description).NotEmpty().WithMessage("请填写诉求内容").MaximumLength(4000);
    }
}

[PublicEndpoint]
[EnableRateLimiting(RateLimits.Public)]
public sealed class SubmitModel(AppealService service, AppealQueries queries) : PageModel
{
    [BindProperty]
    public CitizenForm Input { get; set; } = new();

    public IReadOnlyList<CategoryDto> Leaves { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Leaves = await LeavesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var f = Input;
                var a = await service.ReceiveAsync(new Intake(Channel.Web, f.CallerName.Trim(), f.CallerPhone.Trim(), f.Confidential, f.Type,
                    false, f.CategoryCode, f.Address, null, null, f.Description), ct);
                return Redirect($"/hotline/status?number={a.TrackingNumber}");
            }
            catch (RuleViolationException e)
            {
                ModelState.AddModelError($"Input.{e.Field}", e.Message);
            }
        }

        Leaves = await LeavesAsync(ct);
        return Page();
    }

    private async Task<IReadOnlyList<CategoryDto>> LeavesAsync(CancellationToken ct) =>
        (await queries.CategoriesAsync(ct)).Where(c => c.Level == 3).ToList();
}
