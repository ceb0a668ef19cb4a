namespace Zhili.Identity.Pages.Admin.Users;

public sealed class NewModel(AccountService accounts, IAdminUnits units) : PageModel, IFormPage
{
    [BindProperty]
    public NewAccount Input { get; set; } = new();

    /// <summary>The units this administrator may open accounts in: their data scope.</summary>
    public IReadOnlyList<AdminUnit> Units => units.All.Where(u => DataScope.Current.Covers(u.Code)).ToList();

    public async Task<IActionResult> OnPostAsync()
    {
        var errors = await accounts.OpenAsync(Input);
        foreach (var error in errors)
        {
            ModelState.AddModelError("Input.Password", error);
        }

        return errors.Count == 0 ? Redirect($"/admin/users/{Input.UserName}") : Page();
    }

    public Task<bool> LoadAsync(CancellationToken ct) => Task.FromResult(true);
}
