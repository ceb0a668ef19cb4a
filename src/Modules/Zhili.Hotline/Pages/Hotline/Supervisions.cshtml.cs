namespace Zhili.Hotline.Pages.Hotline;

/// <summary>The office's list of open supervisions by level (重点, 专项, 一般), and opening one over a group of appeals (H-LVL).</summary>
[Authorize(Policy = HotlineRoles.OfficePolicy)]
public sealed class SupervisionsModel(SupervisionQueries queries, SupervisionService cases, IAdminUnits units)
    : ListPageModel<SupervisionCaseRow>(units, PageSize)
{
    private const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public SupervisionLevel? Level { get; set; }

    public async Task<IActionResult> OnPostOpenAsync(string? trackingNumbers, SupervisionLevel level, string? reason, CancellationToken ct)
    {
        var numbers = (trackingNumbers ?? "").Split([',', '，', '、', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.ToUpperInvariant()).Distinct().ToList();
        var opened = await cases.OpenAsync(await cases.IdsOfAsync(numbers, ct), level, reason ?? "", ct);
        return RedirectToPage("/Hotline/SupervisionCase", new { id = opened.Id });
    }

    protected override Task<Page<SupervisionCaseRow>> ReadAsync(PageRequest page, CancellationToken ct) =>
        queries.ListAsync(new SupervisionFilter(Level), page, ct);
}
