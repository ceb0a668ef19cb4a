namespace Zhili.Hotline.Pages.Hotline;

/// <summary>
/// A page showing one paged list with forms beside it: the GET and a refused form (<see cref="IFormPage"/>) load the
/// list the same way, and the units it names and offers come from the directory.
/// </summary>
public abstract class ListPageModel<TRow>(IAdminUnits units, int pageSize = PageRequest.DefaultSize) : PageModel, IFormPage
{
    /// <summary>The page of the list shown (a form refused shows the first).</summary>
    private int pageNumber = 1;

    public Page<TRow> Result { get; private set; } = null!;

    public bool IsOffice => User.IsOffice();

    /// <summary>The units a form may name: every unit but the city itself.</summary>
    public IEnumerable<AdminUnit> Units => units.All.Where(u => u.ParentCode is not null);

    public string UnitName(string code) => units.Find(code)?.Name ?? code;

    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1, CancellationToken ct = default)
    {
        pageNumber = page;
        await LoadAsync(ct);
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Result = await ReadAsync(new PageRequest(pageNumber, pageSize), ct);
        return true;
    }

    /// <summary>Reads one page of the list in the reader's scope, with the page's own filters.</summary>
    protected abstract Task<Page<TRow>> ReadAsync(PageRequest page, CancellationToken ct);
}
