namespace Zhili.Roads.Pages.Roads.Problems;

/// <summary>
/// R-LOOP: one problem of the reader's scope (404 outside it) with its history, and only the actions this user may take
/// at its stage now; a move out of turn or on a changed problem is refused with the reason on the page.
/// </summary>
[Authorize(Policy = Roles.ReadPolicy)]
public sealed class ProblemModel(ProblemQueries queries, ProblemService problems) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty]
    public HandleForm Handled { get; set; } = new();

    public ProblemDto Problem { get; private set; } = null!;

    public bool CanFile => Problem.Stage == ProblemStage.Reported && User.Holds(ProblemRoles.FilePolicy);

    public bool CanHandle => Problem.Stage == ProblemStage.Filed && User.Holds(ProblemRoles.HandlePolicy);

    public bool CanRecheck => Problem.Stage == ProblemStage.Handled && User.Holds(ProblemRoles.RecheckPolicy);

    public bool CanEscalate => Problem.Stage != ProblemStage.Closed && Problem.EscalatedAt is null && User.Holds(ProblemRoles.ReportPolicy);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await queries.FindAsync(Id, ct) is not { } p)
        {
            return false;
        }

        Problem = await queries.DtoAsync(p, ct);
        return true;
    }

    public async Task<IActionResult> OnGetPhotoAsync(long photoId, CancellationToken ct) =>
        await queries.PhotoAsync(Id, photoId, ct) is { } photo ? File(photo.Data, photo.ContentType) : NotFound();

    public async Task<IActionResult> OnPostFileAsync(FileRequest file, CancellationToken ct)
    {
        await problems.FileAsync(Id, file, User.Name(), ct);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostHandleAsync(CancellationToken ct)
    {
        await problems.HandleAsync(Id, Handled.ToCommand(), User.Name(), ct);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostRecheckAsync(RecheckRequest recheck, CancellationToken ct)
    {
        await problems.RecheckAsync(Id, recheck, User.Name(), ct);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostEscalateAsync(EscalateRequest escalate, CancellationToken ct)
    {
        await problems.EscalateAsync(Id, escalate, User.Name(), ct);
        return RedirectToPage(new { id = Id });
    }
}
