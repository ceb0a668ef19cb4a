namespace Zhili.Roads.Pages.Roads.Problems;

/// <summary>R-LOOP: the problems of the reader's scope, newest first, by stage and overdue.</summary>
[Authorize(Policy = Roles.ReadPolicy)]
public sealed class IndexModel(ProblemQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ProblemStage? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Overdue { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public Page<RoadProblem> Result { get; private set; } = null!;

    public DateTime Now => queries.Now;

    public bool CanReport => User.Holds(ProblemRoles.ReportPolicy);

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await queries.ListAsync(new ProblemFilter(Stage: Stage, Overdue: Overdue), new PageRequest(PageNumber, PageRequest.DefaultSize, Sort), ct);
}
