using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhili.BuildingBlocks.Jobs;
using Zhili.BuildingBlocks.Paging;
using Zhili.BuildingBlocks.Security;

namespace Zhili.Web.Pages.Admin.Jobs;

/// <summary>ARCHITECTURE rule 10 made visible: every scheduled job, its next firing, and each claimed run with its node and outcome.</summary>
[Authorize(Policy = Policies.CityAdministrator)]
public sealed class IndexModel(JobsOverview overview, JobRunner runner) : PageModel
{
    public IReadOnlyList<JobSummary> Jobs { get; private set; } = [];

    public Page<JobRunDto> Runs { get; private set; } = new([], 1, PageRequest.DefaultSize, 0, null);

    [BindProperty(SupportsGet = true)]
    public string? Job { get; set; }

    /// <summary>After "run now": how many periods this node ran (0 when everything due was already done).</summary>
    public int? Ran { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, string? sort = null, CancellationToken ct = default)
    {
        Jobs = await overview.JobsAsync(ct);
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
