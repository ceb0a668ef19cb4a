namespace Zhili.Hotline.Pages.Hotline;

/// <summary>
/// The appeal list: the office sees all, a handling unit its own (the data scope filters the query). Anyone else — a
/// citizen, or a person without a hotline role — is sent to the citizens' front door instead of the sign-in page.
/// </summary>
[PublicEndpoint(KeepsScope = true)]
public sealed class IndexModel(AppealQueries queries, IAdminUnits units, TimeProvider clock, CategoryNames categories) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public AppealState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public AppealType? Type { get; set; }

    public Page<AppealRow> Result { get; private set; } = null!;

    public DateTime Now { get; private set; }

    public string UnitName(string code) => units.Find(code)?.Name ?? code;

    /// <summary>The units the list may be narrowed to: those in the reader's scope, by name (K-UNITS).</summary>
    public IEnumerable<AdminUnit> FilterUnits => units.All.Where(u => u.ParentCode is not null && DataScope.Current.Covers(u.Code));

    public IReadOnlyDictionary<string, string> CategoryNames { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, string? sort = null, CancellationToken ct = default)
    {
        if (!User.Holds(HotlineRoles.StaffPolicy))
        {
            return Redirect("/hotline/citizens");
        }

        Now = clock.GetUtcNow().UtcDateTime;
        Result = await queries.ListAsync(new AppealFilter(Q, State, Unit, Type), new PageRequest(pageNumber, PageRequest.DefaultSize, sort), ct);
        CategoryNames = await categories.NamesAsync(Result.Items.Select(a => a.CategoryCode), ct);
        return Page();
    }
}
