namespace Zhili.Gazette.Parsing;

/// <summary>
/// Splits a gazette text into its documents (G-DOC). A document starts with its issuer line, its title (from 关于…)
/// and its number line (郑政/郑政文/郑政办/郑政办文〔YYYY〕N号) followed by the date. A number anywhere else, e.g.
/// cited in a body as (郑政〔2018〕32号), never starts a document: it does not open a line followed by a date.
/// </summary>
public static partial class GazetteParser
{
    private const int MaxTitleLines = 8;

    public static ParseResult Parse(string text)
    {
        var lines = ReadLines(text);
        var raw = text.Split('\n');
        var unparsed = new List<UnparsedLine>();
        var heads = FindHeads(lines, unparsed);
        var documents = new List<ParsedDocument>();
        for (var h = 0; h < heads.Count; h++)
        {
            var head = heads[h];
            var end = h + 1 < heads.Count ? heads[h + 1].IssuerIndex : lines.Count;
            var body = lines.Skip(head.BodyIndex).Take(end - head.BodyIndex).ToList();
            var (recipients, rest) = TakeRecipients(body);
            var (blocks, attachments) = BodyParser.Parse(rest);
            documents.Add(new ParsedDocument(
                head.Number, head.Series, head.Year, head.Serial, head.Date, head.Title, head.Issuers, recipients,
                attachments, blocks, lines[head.IssuerIndex].Number, lines[end - 1].Number, body,
                RawText(raw, lines[head.IssuerIndex].Number, lines[end - 1].Number)));
        }

        var first = heads.Count > 0 ? heads[0].IssuerIndex : lines.Count;
        unparsed.AddRange(lines.Take(first).Select(l => new UnparsedLine(l.Number, l.Raw, "不属于任何文件 (before the first document)")));
        return new ParseResult(documents, unparsed.OrderBy(u => u.Line).ToList());
    }

    /// <summary>G-DOC: the source lines first..last (1-based) exactly as they are in the text, page furniture included.</summary>
    private static string RawText(string[] raw, int first, int last) => string.Join('\n', raw[(first - 1)..last]);

    /// <summary>The non-blank lines with their numbers, without page furniture.</summary>
    public static List<SourceLine> ReadLines(string text) =>
        text.Split('\n')
            .Select((raw, i) => new SourceLine(i + 1, raw.Trim().Trim('\r').Trim(), GazetteText.Normalize(raw)))
            .Where(l => l.Text.Length > 0 && !GazetteText.IsFurniture(l.Text))
            .ToList();

    private sealed record Head(int IssuerIndex, int BodyIndex, string Number, string Series, int Year, int Serial,
        DateOnly Date, string Title, IReadOnlyList<string> Issuers);

    private static List<Head> FindHeads(List<SourceLine> lines, List<UnparsedLine> unparsed)
    {
        var heads = new List<Head>();
        var floor = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var m = NumberLine().Match(lines[i].Text);
            if (!m.Success)
            {
                continue;
            }

            var dateText = m.Groups["rest"].Value;
            var bodyIndex = i + 1;
            if (!DateLine().IsMatch(dateText) && i + 1 < lines.Count && DateLine().IsMatch(lines[i + 1].Text))
            {
                dateText = lines[i + 1].Text;
                bodyIndex = i + 2;
            }

            var d = DateLine().Match(dateText);
            var titleStart = FindTitleStart(lines, i, floor);
            if (!d.Success || titleStart < 1)
            {
                unparsed.Add(new UnparsedLine(lines[i].Number, lines[i].Raw, "文号行缺少日期或标题 (number line without a date or title)"));
                continue;
            }

            var number = $"{m.Groups["series"].Value}〔{m.Groups["year"].Value}〕{m.Groups["serial"].Value}号";
            var date = new DateOnly(Int(d, "y"), Int(d, "m"), Int(d, "d"));
            var title = ChinesePunctuation.Restore(GazetteText.Join(lines.Skip(titleStart).Take(i - titleStart).Select(l => l.Text)));
            var issuers = lines[titleStart - 1].Raw.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);
            heads.Add(new Head(titleStart - 1, bodyIndex, number, m.Groups["series"].Value, Int(m, "year"), Int(m, "serial"),
                date, title, issuers));
            floor = bodyIndex;
        }

        return heads;
    }

    /// <summary>The title begins at the nearest line above the number that starts with 关于; the issuer is the line above it.</summary>
    private static int FindTitleStart(List<SourceLine> lines, int numberIndex, int floor)
    {
        for (var j = numberIndex - 1; j >= Math.Max(floor + 1, numberIndex - MaxTitleLines); j--)
        {
            if (lines[j].Text.StartsWith("关于", StringComparison.Ordinal))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>The recipients (主送机关) run from the first body line to the first line ending with a colon.</summary>
    private static (string Recipients, List<SourceLine> Remainder) TakeRecipients(List<SourceLine> body)
    {
        for (var k = 0; k < Math.Min(4, body.Count); k++)
        {
            if (body[k].Text.EndsWith(':') || body[k].Text.EndsWith('：'))
            {
                var recipients = ChinesePunctuation.Restore(GazetteText.Join(body.Take(k + 1).Select(l => l.Text))).TrimEnd('：');
                return (recipients, body.Skip(k + 1).ToList());
            }
        }

        return ("", body);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<series>郑政办文|郑政办|郑政文|郑政)〔(?<year>\d{4})〕(?<serial>\d{1,4})号(?<rest>.*)$")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日$")]
    private static partial Regex DateLine();
}
