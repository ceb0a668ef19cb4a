namespace Zhili.Gazette.Pages.Gazette;

/// <summary>The gazette's documents, or the hits of a full-text search (public, as the gazette is).</summary>
[PublicEndpoint]
public sealed class IndexModel(GazetteQueries queries, GazetteSearch search) : PageModel
{
    public string? Q { get; private set; }

    public Page<DocumentSummary> Result { get; private set; } = new([], 1, PageRequest.DefaultSize, 0, null);

    public IReadOnlyList<SearchHit>? Hits { get; private set; }

    public async Task OnGetAsync(string? q, int page = 1, string? sort = null, CancellationToken ct = default)
    {
        Q = q?.Trim();
        if (!string.IsNullOrEmpty(Q) && Q.Length <= 100)
        {
            Hits = await search.SearchAsync(Q, ct);
            return;
        }

        Result = await queries.DocumentsAsync(new PageRequest(page, PageRequest.DefaultSize, sort), ct);
    }
}
