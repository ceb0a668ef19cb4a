using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zhili.Gazette.Data;

namespace Zhili.Gazette.Search;

/// <summary>A search hit: the document and a snippet, HTML-encoded, with the query words in &lt;mark&gt;.</summary>
public sealed record SearchHit(int Id, string Number, DateOnly Date, string Title, string Snippet);

/// <summary>
/// Chinese full-text search over the segmented words column: SQLite FTS5 (bm25) or PostgreSQL
/// to_tsvector('simple', words) (ts_rank); both indexes are made by the migrations.
/// </summary>
public sealed class GazetteSearch(GazetteDbContext db, Segmenter segmenter)
{
    private const int MaxHits = 50;
    private const int SnippetRadius = 40;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, CancellationToken ct)
    {
        var words = segmenter.Query(query);
        if (words.Count == 0)
        {
            return [];
        }

        var ids = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true
            ? await db.Database.SqlQueryRaw<int>(
                "SELECT id AS \"Value\" FROM gazette.documents WHERE to_tsvector('simple', words) @@ plainto_tsquery('simple', {0}) "
                + "ORDER BY ts_rank(to_tsvector('simple', words), plainto_tsquery('simple', {0})) DESC, id LIMIT 50",
                string.Join(' ', words)).ToListAsync(ct)
            : await db.Database.SqlQueryRaw<int>(
                "SELECT rowid AS \"Value\" FROM gazette_documents_fts WHERE gazette_documents_fts MATCH {0} "
                + "ORDER BY bm25(gazette_documents_fts), rowid LIMIT 50",
                string.Join(" AND ", words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""))).ToListAsync(ct);

        var documents = await db.Documents.Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Number, d.Date, d.Title }).ToListAsync(ct);
        var blocks = await db.Blocks.Where(b => ids.Contains(b.DocumentId)).OrderBy(b => b.Order)
            .Select(b => new { b.DocumentId, b.Text }).ToListAsync(ct);
        return ids.Take(MaxHits).Select(id =>
        {
            var d = documents.Single(x => x.Id == id);
            var text = blocks.Where(b => b.DocumentId == id).Select(b => b.Text)
                .FirstOrDefault(t => words.Any(w => t.Contains(w, StringComparison.Ordinal))) ?? d.Title;
            return new SearchHit(d.Id, d.Number, d.Date, d.Title, Snippet(text, words));
        }).ToList();
    }

    /// <summary>The text around the first query word, encoded, with every query word marked.</summary>
    public static string Snippet(string text, IReadOnlyList<string> words)
    {
        var at = words.Select(w => text.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, at - SnippetRadius);
        var piece = text.Substring(start, Math.Min(text.Length - start, 2 * SnippetRadius + 20));
        var sb = new StringBuilder(start > 0 ? "…" : "");
        var i = 0;
        while (i < piece.Length)
        {
            var word = words.Where(w => string.CompareOrdinal(piece, i, w, 0, w.Length) == 0).MaxBy(w => w.Length);
            if (word is null)
            {
                sb.Append(WebUtility.HtmlEncode(piece[i].ToString()));
                i++;
                continue;
            }

            sb.Append("<mark>").Append(WebUtility.HtmlEncode(word)).Append("</mark>");
            i += word.Length;
        }

        return sb.Append(start + piece.Length < text.Length ? "…" : "").ToString();
    }
}
