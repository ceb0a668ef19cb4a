using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhili.BuildingBlocks.Validation;
using Zhili.WageArrears.Domain;
using Zhili.WageArrears.Features;
using Zhili.WageArrears.Features.Cases;

namespace Zhili.WageArrears.Pages.Blacklist.Cases;

/// <summary>Opens a case on an employer and the parties listed with it (B-WHO, B-WHY), through the API's validator and service.</summary>
[Authorize(Policy = Roles.StaffPolicy)]
public sealed partial class NewModel(CaseService cases) : PageModel
{
    [BindProperty]
    public CaseForm Input { get; set; } = new();

    public void OnGet() => Input.DecisionDate = cases.Deadlines.Today;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (User.Unit() is not { } unit)
        {
            ModelState.AddModelError("", "当前用户没有所属单位（B-WHO）");
            return Page();
        }

        Input.Subs = [.. Input.Subs.Take(CaseForm.Subcontractors)];
        var (command, labels) = Input.ToCommand();
        if (!ModelState.IsValid || !await this.ValidAsync(command, nameof(Input), p => Label(p, labels)))
        {
            return Page();
        }

        try
        {
            var c = await cases.CreateAsync(command, unit, ct);
            return Redirect($"/blacklist/cases/{c.Id}");
        }
        catch (RuleViolationException e)
        {
            this.Refused(e);
            return Page();
        }
    }

    private static string Label(string property, List<string> labels) =>
        PartyIndex().Match(property) is { Success: true } m && int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var i && i < labels.Count
            ? labels[i]
            : "";

    [GeneratedRegex(@"^Parties\[(\d+)\]")]
    private static partial Regex PartyIndex();
}
