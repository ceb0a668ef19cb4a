namespace Zhili.Gazette.Search;

/// <summary>A search hit: the document and a snippet, HTML-encoded, with the query words in &lt;mark&gt;.</summary>
public sealed record SearchHit(int Id, string Number, DateOnly Date, string Title, string Snippet);

/// <summary>
/// Search over the gazette (G-DOC). A query that is a document number (郑政办〔2018〕66号, 郑政办[2018]66号, 66号 …)
/// finds that document by its number, then the documents that cite it; any other query is segmented by jieba and looked
/// up in the full-text index, with a substring (n-gram) fallback when the index finds nothing or a word is one character.
/// </summary>
public sealed class GazetteSearch(GazetteDbContext db, Segmenter segmenter, TextMatches matches)
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, CancellationToken ct)
    {
        var number = DocumentNumber.Parse(query);
        IReadOnlyList<string> terms = number is null ? segmenter.Query(query) : [number.Text];
        if (terms.Count == 0)
        {
            return [];
        }

        var numbered = number is null ? [] : await NumberedAsync(number, ct);
        var indexed = number is null ? await matches.IndexedAsync(terms, ct) : [];
        var substrings = indexed.Count == 0 || terms.Any(t => t.Length == 1) ? await matches.SubstringsAsync(terms, ct) : new Dictionary<int, int>();
        var ids = numbered.Concat(indexed).Concat(substrings.Keys).Distinct().ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Number, d.Date, d.Title }).ToListAsync(ct);

        // Ranking: a number match first; then documents whose title holds every term; then the rest by the full-text
        // index's own rank (bm25 / ts_rank), then by how often the terms occur in the body (the fallback's count).
        var ranked = documents
            .OrderByDescending(d => numbered.Contains(d.Id))
            .ThenByDescending(d => terms.All(t => d.Title.Contains(t, StringComparison.Ordinal)))
            .ThenBy(d => indexed.IndexOf(d.Id) is var at && at >= 0 ? at : int.MaxValue)
            .ThenByDescending(d => substrings.GetValueOrDefault(d.Id))
            .ThenByDescending(d => d.Date).ThenBy(d => d.Id)
            .Take(TextMatches.Limit).ToList();

        var top = ranked.Select(d => d.Id).ToList();
        var blocks = await db.Blocks.AsNoTracking().Where(b => top.Contains(b.DocumentId)).OrderBy(b => b.Order)
            .Select(b => new { b.DocumentId, b.Text }).ToListAsync(ct);
        return ranked.Select(d =>
        {
            var text = blocks.Where(b => b.DocumentId == d.Id).Select(b => b.Text)
                .FirstOrDefault(t => terms.Any(w => t.Contains(w, StringComparison.Ordinal))) ?? d.Title;
            return new SearchHit(d.Id, d.Number, d.Date, d.Title, Snippets.Of(text, terms));
        }).ToList();
    }

    /// <summary>The documents with this number; the series and year only where the query gave them.</summary>
    private Task<List<int>> NumberedAsync(DocumentNumber number, CancellationToken ct) =>
        db.Documents.Where(d => d.Serial == number.Serial && (number.Series == null || d.Series == number.Series)
                && (number.Year == null || d.Year == number.Year))
            .Select(d => d.Id).ToListAsync(ct);
}
