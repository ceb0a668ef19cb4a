namespace Zhili.Gazette.Search;

/// <summary>The two ways search finds text: the full-text index of segmented words, and plain substrings.</summary>
public sealed class TextMatches(GazetteDbContext db)
{
    /// <summary>The most documents a search answers with (the index's LIMIT too).</summary>
    public const int Limit = 50;

    /// <summary>
    /// Documents holding every word in the full-text index, best first: SQLite FTS5 (bm25) or PostgreSQL
    /// to_tsvector('simple', words) (ts_rank); both indexes are made by the migrations.
    /// </summary>
    public async Task<List<int>> IndexedAsync(IReadOnlyList<string> words, CancellationToken ct) =>
        db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true
            ? await db.Database.SqlQueryRaw<int>(
                "SELECT id AS \"Value\" FROM gazette.documents WHERE to_tsvector('simple', words) @@ plainto_tsquery('simple', {0}) "
                + "ORDER BY ts_rank(to_tsvector('simple', words), plainto_tsquery('simple', {0})) DESC, id LIMIT 50",
                string.Join(' ', words)).ToListAsync(ct)
            : await db.Database.SqlQueryRaw<int>(
                "SELECT rowid AS \"Value\" FROM gazette_documents_fts WHERE gazette_documents_fts MATCH {0} "
                + "ORDER BY bm25(gazette_documents_fts), rowid LIMIT 50",
                string.Join(" AND ", words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""))).ToListAsync(ct);

    /// <summary>
    /// The n-gram fallback: documents whose title or body holds every term as a substring, with how often the terms
    /// occur in the body. It finds what the index cannot, a single character (煤) or a number as cited (66号).
    /// </summary>
    public async Task<Dictionary<int, int>> SubstringsAsync(IReadOnlyList<string> terms, CancellationToken ct)
    {
        Dictionary<int, int>? found = null;
        foreach (var term in terms)
        {
            var inBody = await db.Blocks.Where(b => b.Text.Contains(term)).GroupBy(b => b.DocumentId)
                .Select(g => new { g.Key, Chars = g.Sum(b => b.Text.Length - b.Text.Replace(term, "").Length) })
                .ToDictionaryAsync(x => x.Key, x => x.Chars / term.Length, ct);
            foreach (var id in await db.Documents.Where(d => d.Title.Contains(term)).Select(d => d.Id).ToListAsync(ct))
            {
                inBody.TryAdd(id, 0);
            }

            found = found is null
                ? inBody
                : found.Where(f => inBody.ContainsKey(f.Key)).ToDictionary(f => f.Key, f => f.Value + inBody[f.Key]);
        }

        return found ?? new Dictionary<int, int>();
    }
}
