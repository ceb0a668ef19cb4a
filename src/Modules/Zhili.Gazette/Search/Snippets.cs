using System.Net;

namespace Zhili.Gazette.Search;

/// <summary>A search hit's snippet: the text around the first query word, HTML-encoded, with every query word marked.</summary>
public static class Snippets
{
    private const int Radius = 40;

    public static string Of(string text, IReadOnlyList<string> words)
    {
        var at = words.Select(w => text.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, at - Radius);
        var piece = text.Substring(start, Math.Min(text.Length - start, 2 * Radius + 20));
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
