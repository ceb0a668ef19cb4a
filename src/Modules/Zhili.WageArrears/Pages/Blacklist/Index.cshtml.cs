namespace Zhili.WageArrears.Pages.Blacklist;

/// <summary>
/// B-PUB: the public list: the current quarterly edition (or an earlier one), searchable by employer name or credit
/// code. Only frozen edition rows are shown, whose persons were masked when frozen (K-MASK).
/// </summary>
[PublicEndpoint]
public sealed class IndexModel(EditionService editions) : PageModel
{
    public string? Q { get; private set; }

    public Edition? Edition { get; private set; }

    public IReadOnlyList<EditionRow> Rows { get; private set; } = [];

    public IReadOnlyList<Edition> All { get; private set; } = [];

    public async Task OnGetAsync(int? year, int? quarter, string? q, CancellationToken ct)
    {
        Q = q is { Length: > 0 and <= 100 } ? q.Trim() : null;
        All = await editions.ListAsync(ct);
        if (await editions.ReadAsync(year, quarter, Q, ct) is { } found)
        {
            (Edition, Rows) = (found.Edition, found.Rows);
        }
        else if (year is not null)
        {
            Response.StatusCode = 404;
        }
    }
}
