using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhili.BuildingBlocks.Validation;
using Zhili.Hotline.Domain;
using Zhili.Hotline.Features;
using Zhili.Hotline.Features.Knowledge;

namespace Zhili.Hotline.Pages.Hotline;

/// <summary>One knowledge-base answer: staff read it, the office changes or deactivates it (H-FLOW).</summary>
[Authorize(Policy = HotlineRoles.StaffPolicy)]
public sealed class KnowledgeAnswerModel(KnowledgeBase kb) : PageModel
{
    [BindProperty]
    public KnowledgeForm Input { get; set; } = new();

    public KnowledgeAnswer Answer { get; private set; } = null!;

    public bool IsOffice => User.IsOffice();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await kb.FindAsync(id, ct) is not { } answer)
        {
            return NotFound();
        }

        Answer = answer;
        Input = KnowledgeForm.Of(answer);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (!IsOffice)
        {
            return Forbid();
        }

        if (await kb.FindAsync(id, ct) is not { } answer)
        {
            return NotFound();
        }

        Answer = answer;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await kb.EditAsync(answer, Input.ToDraft(), ct);
            return Redirect($"/hotline/knowledge/{id}");
        }
        catch (RuleViolationException e)
        {
            ModelState.AddModelError("Input.CategoryCode", $"{e.Message}（{e.Rule}）");
            return Page();
        }
        catch (Exception e) when (ConflictProblem.Of(e) is { } conflict)
        {
            ModelState.AddModelError("", ConflictProblem.Text(conflict));
            return Page();
        }
    }
}
