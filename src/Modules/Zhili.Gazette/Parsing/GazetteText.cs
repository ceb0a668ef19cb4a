namespace Zhili.Gazette.Parsing;

/// <summary>Text clean-up for PDF-extracted gazette lines (G-DOC): stray spaces, page furniture.</summary>
public static partial class GazetteText
{
    /// <summary>
    /// Removes whitespace next to any non-ASCII character (the PDF extraction puts spaces between Chinese characters
    /// and punctuation) and keeps one space between two ASCII words or numbers.
    /// </summary>
    public static string Normalize(string line)
    {
        var sb = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace && sb[^1] < 0x80 && c < 0x80)
            {
                sb.Append(' ');
            }

            pendingSpace = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Joins normalized pieces, with a space only between two ASCII characters.</summary>
    public static string Join(IEnumerable<string> pieces)
    {
        var sb = new StringBuilder();
        foreach (var piece in pieces.Where(p => p.Length > 0))
        {
            if (sb.Length > 0 && sb[^1] < 0x80 && char.IsLetterOrDigit(sb[^1]) && piece[0] < 0x80 && char.IsLetterOrDigit(piece[0]))
            {
                sb.Append(' ');
            }

            sb.Append(piece);
        }

        return sb.ToString();
    }

    /// <summary>Page numbers (—13—) and running heads (郑州市人民政府公报(2018. 7) … 文件汇编) are not text.</summary>
    public static bool IsFurniture(string normalized) =>
        PageNumber().IsMatch(normalized) || RunningHead().IsMatch(normalized);

    /// <summary>Display width of a line: a Chinese character 1, an ASCII character ½ (for the short-line rule).</summary>
    public static double Width(string normalized) => normalized.Sum(c => c < 0x80 ? 0.5 : 1.0);

    [GeneratedRegex(@"^[—\-－]\s*\d{1,4}\s*[—\-－]$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\S{2,20}公报\(\d{4}\.\s?\d{1,2}\)")]
    private static partial Regex RunningHead();
}
