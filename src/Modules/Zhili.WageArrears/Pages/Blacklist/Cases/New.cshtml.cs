namespace Zhili.WageArrears.Pages.Blacklist.Cases;

/// <summary>Opens a case on an employer and the parties listed with it (B-WHO, B-WHY), through the API's validator and service.</summary>
[Authorize(Policy = Roles.StaffPolicy)]
public sealed class NewModel(CaseService cases) : PageModel, IFormPage
{
    [BindProperty]
    public CaseForm Input { get; set; } = new();

    public void OnGet() => Input.DecisionDate = cases.Deadlines.Today;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var unit = User.Unit() ?? throw new RuleViolationException("", "当前用户没有所属单位", "B-WHO");
        var c = await cases.CreateAsync(Input.ToCommand(), unit, ct);
        return Redirect($"/blacklist/cases/{c.Id}");
    }

    public Task<bool> LoadAsync(CancellationToken ct) => Task.FromResult(true);
}
