using Zhili.BuildingBlocks.Background;
using Zhili.BuildingBlocks.Jobs;

namespace Zhili.Web.Pages.Admin.Jobs;

/// <summary>ARCHITECTURE rules 10 and 18 made visible: every scheduled job, its next firing, each claimed run with its node and outcome, and this node's background loops.</summary>
[Authorize(Policy = Policies.CityAdministrator)]
public sealed class IndexModel(JobsOverview overview, JobRunner runner, BackgroundLoops loops) : PageModel
{
    public IReadOnlyList<JobSummary> Jobs { get; private set; } = [];

    /// <summary>This node's background loops (ARCHITECTURE rule 18); figures are kept per node, in memory.</summary>
    public IReadOnlyList<LoopFigures> Loops { get; private set; } = [];

    public Page<JobRunDto> Runs { get; private set; } = new([], 1, PageRequest.DefaultSize, 0, null);

    [BindProperty(SupportsGet = true)]
    public string? Job { get; set; }

    /// <summary>After "run now": how many periods this node ran (0 when everything due was already done).</summary>
    public int? Ran { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, string? sort = null, CancellationToken ct = default)
    {
        Jobs = await overview.JobsAsync(ct);
        Loops = loops.Figures();
        Runs = await overview.RunsAsync(Job, new PageRequest(pageNumber, 50, sort), ct);
    }

    public async Task<IActionResult> OnPostAsync(string name, CancellationToken ct)
    {
        if (!overview.Exists(name))
        {
            return NotFound();
        }

        Ran = (await runner.RunDueAsync(name, ct)).Count;
        Job = name;
        await OnGetAsync(ct: ct);
        return Page();
    }

    /// <summary>An instant as Zhengzhou's wall clock.</summary>
    public static string Local(DateTimeOffset? at) => at is { } t
        ? TimeZoneInfo.ConvertTime(t, JobRunner.Shanghai).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)
        : "—";
}
