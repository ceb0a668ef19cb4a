namespace Zhili.Hotline.Pages.Hotline;

/// <summary>The knowledge base: staff search it, the office adds answers (H-FLOW).</summary>
[Authorize(Policy = HotlineRoles.StaffPolicy)]
public sealed class KnowledgeModel(KnowledgeBase kb) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty]
    public KnowledgeForm Input { get; set; } = new();

    public IReadOnlyList<KnowledgeAnswer> Answers { get; private set; } = [];

    public bool IsOffice => User.IsOffice();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!IsOffice)
        {
            return Forbid();
        }

        var answer = await kb.AddAsync(Input.ToDraft(), ct);
        return Redirect($"/hotline/knowledge/{answer.Id}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Answers = await kb.SearchAsync(new KnowledgeQuery(Q, null, All), ct);
        return true;
    }
}
