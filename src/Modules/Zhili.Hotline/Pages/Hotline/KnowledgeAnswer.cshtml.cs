namespace Zhili.Hotline.Pages.Hotline;

/// <summary>One knowledge-base answer: staff read it, the office changes or deactivates it (H-FLOW).</summary>
[Authorize(Policy = HotlineRoles.StaffPolicy)]
public sealed class KnowledgeAnswerModel(KnowledgeBase kb) : PageModel, IFormPage
{
    [BindProperty]
    public KnowledgeForm Input { get; set; } = new();

    public KnowledgeAnswer Answer { get; private set; } = null!;

    public bool IsOffice => User.IsOffice();

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input = KnowledgeForm.Of(Answer);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!IsOffice)
        {
            return Forbid();
        }

        await kb.EditAsync(await kb.FindAsync(Id, ct).OrNotFound($"知识库条目 {Id} 不存在"), Input.ToDraft(), ct);
        return Redirect($"/hotline/knowledge/{Id}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Answer = (await kb.FindAsync(Id, ct))!;
        return Answer is not null;
    }
}
