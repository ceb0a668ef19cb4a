namespace Zhili.WageArrears.Pages.Blacklist;

/// <summary>
/// Due for a decision, in the reader's data scope: listings warned or overdue (B-LIST), terms ending soon or ended
/// (B-TERM), removal decisions due (B-TERM), objections awaiting a decision (B-OBJ); and the review button that runs
/// today's daily review (the same method the scheduled job calls).
/// </summary>
[Authorize(Policy = Roles.StaffPolicy)]
public sealed class DueModel(DueQueries queries, TermService terms, Deadlines deadlines) : PageModel
{
    public DueList Due { get; private set; } = null!;

    public TermReview? Review { get; private set; }

    public Deadlines Deadlines => deadlines;

    public async Task OnGetAsync(CancellationToken ct) => Due = await queries.ListAsync(ct);

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken ct)
    {
        Review = await terms.ReviewAsync(ct);
        Due = await queries.ListAsync(ct);
        return Page();
    }

    public static string EmployerOf(BlacklistCase c) => c.Parties.FirstOrDefault(p => p.Kind == PartyKind.Employer)?.Name ?? $"#{c.Id}";
}
