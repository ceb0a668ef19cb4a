namespace Zhili.Gazette.Registries;

public sealed record ParsedCommendation(string ListName, string Kind, string Name);

/// <summary>
/// G-LIST: the commendation lists in a 通报's attachment: a list title (…名单), optional headings (一、先进单位 (30 个)),
/// then one unit a line, or persons several a line (a two-character name printed with a gap: 王　 牧).
/// </summary>
public static partial class CommendationParser
{
    public const string Unit = "单位";
    public const string Person = "个人";

    public static List<ParsedCommendation> Parse(ParsedDocument document)
    {
        var result = new List<ParsedCommendation>();
        if (!document.Title.Contains("先进", StringComparison.Ordinal))
        {
            return result;
        }

        var body = document.Body;
        var start = body.ToList().FindIndex(l => AttachmentHead().IsMatch(l.Text));
        if (start < 0)
        {
            return result;
        }

        var title = new List<string>();
        string? list = null;
        string? kind = null;
        foreach (var line in body.Skip(start + 1))
        {
            if (AttachmentHead().IsMatch(line.Text))
            {
                (list, kind) = (null, null);
                continue;
            }

            if (list is null)
            {
                title.Add(line.Text);
                if (line.Text.EndsWith("名单", StringComparison.Ordinal))
                {
                    list = GazetteText.Join(title);
                    kind = KindOf(list);
                    title.Clear();
                }

                continue;
            }

            if (BodyParser.Heading(line.Text).Level > 0)
            {
                kind = KindOf(line.Text) ?? kind;
                continue;
            }

            if (kind == Unit)
            {
                result.Add(new ParsedCommendation(list, Unit, line.Text));
            }
            else if (kind == Person)
            {
                result.AddRange(Names(line.Raw).Select(n => new ParsedCommendation(list, Person, n)));
            }
        }

        return result;
    }

    private static string? KindOf(string text) =>
        text.Contains("个人", StringComparison.Ordinal) && !text.Contains("单位", StringComparison.Ordinal) ? Person
        : text.Contains("集体", StringComparison.Ordinal) || (text.Contains("单位", StringComparison.Ordinal) && !text.Contains("个人", StringComparison.Ordinal)) ? Unit
        : null;

    /// <summary>Names separated by gaps; two single characters in a row are one two-character name.</summary>
    public static IEnumerable<string> Names(string raw)
    {
        var tokens = raw.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);
        for (var t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Length == 1 && t + 1 < tokens.Length && tokens[t + 1].Length == 1)
            {
                yield return tokens[t] + tokens[++t];
            }
            else
            {
                yield return tokens[t];
            }
        }
    }

    // The attachment itself (附件 1 / 附　 件), not the note 附件: … in the letter.
    [GeneratedRegex(@"^附件\d*$")]
    private static partial Regex AttachmentHead();
}
