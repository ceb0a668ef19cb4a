namespace Zhili.Gazette.Parsing;

/// <summary>
/// Rejoins a body's broken lines into paragraphs and recognises numbered paragraphs (G-DOC). A paragraph ends at a
/// sentence end (。！？：；), at a line clearly shorter than its neighbours (the last line of a paragraph) unless a
/// bracket or quote is still open (a title broken over lines, 66号 item (三)), or before a line that opens a numbered
/// paragraph or the attachment note. Chinese punctuation is restored in each paragraph.
/// </summary>
public static partial class BodyParser
{
    private const double ShortLine = 0.8;

    // A bracket left open by a bad extraction must not swallow the rest of the document.
    private const int MaxOpenLines = 12;

    public static (List<ParsedBlock> Blocks, List<string> Attachments) Parse(IReadOnlyList<SourceLine> lines)
    {
        var blocks = new List<ParsedBlock>();
        var attachments = new List<string>();
        var start = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i + 1 < lines.Count && !EndsParagraph(lines, start, i))
            {
                continue;
            }

            var part = lines.Skip(start).Take(i - start + 1).ToList();
            var text = ChinesePunctuation.Restore(GazetteText.Join(part.Select(l => l.Text)));
            var (level, marker) = Heading(text);
            var rest = marker is null ? text : text[marker.Length..];
            level = level == 0 && AttachedTitle().IsMatch(text) ? TitleLevel : level;
            blocks.Add(new ParsedBlock(level, marker, rest, part[0].Number, part[^1].Number));
            start = i + 1;
        }

        CollectAttachments(blocks, attachments);
        return (blocks, attachments);
    }

    private static bool EndsParagraph(IReadOnlyList<SourceLine> lines, int start, int i)
    {
        var text = lines[i].Text;
        if ("。！？：:；;".Contains(text[^1], StringComparison.Ordinal) || Heading(lines[i + 1].Text).Level > 0
            || lines[i + 1].Text.StartsWith("附件", StringComparison.Ordinal))
        {
            return true;
        }

        if (i - start < MaxOpenLines && OpenBracket(lines.Skip(start).Take(i - start + 1)))
        {
            return false;
        }

        var window = lines.Skip(Math.Max(0, i - 5)).Take(11).Select(l => GazetteText.Width(l.Text)).Order().ToList();
        var median = window[window.Count / 2];
        return GazetteText.Width(text) < ShortLine * median;
    }

    /// <summary>Whether 《, a bracket or “ opened in these lines is not closed yet: the sentence goes on.</summary>
    private static bool OpenBracket(IEnumerable<SourceLine> lines)
    {
        var text = string.Concat(lines.Select(l => l.Text));
        return text.Count(c => c == '《') > text.Count(c => c == '》') || text.Count(c => c == '“') > text.Count(c => c == '”')
            || text.Count(c => c is '(' or '（') > text.Count(c => c is ')' or '）');
    }

    /// <summary>The level of the title of a text a document issues (…管理暂行办法), a heading without a marker.</summary>
    public const int TitleLevel = 7;

    /// <summary>The numbering level and marker: 1 一、 2 (一) 3 1. 4 (1) 5 第一条 6 第一章; 0 for a plain paragraph.</summary>
    public static (int Level, string? Marker) Heading(string text)
    {
        foreach (var (level, regex) in Markers)
        {
            var m = regex.Match(text);
            if (m.Success)
            {
                return (level, m.Value);
            }
        }

        return (0, null);
    }

    private static readonly (int Level, Regex Regex)[] Markers =
    [
        (1, Level1()), (2, Level2()), (3, Level3()), (4, Level4()), (5, Article()), (6, Chapter()),
    ];

    /// <summary>附件: X, or 附件: 1. X 2. Y, possibly continued by the numbered blocks that follow.</summary>
    private static void CollectAttachments(List<ParsedBlock> blocks, List<string> attachments)
    {
        for (var b = 0; b < blocks.Count; b++)
        {
            var note = AttachmentNote().Match(blocks[b].Text);
            if (blocks[b].Level != 0 || !note.Success)
            {
                continue;
            }

            var items = NumberedItem().Split(note.Groups["items"].Value).Where(s => s.Length > 0).ToList();
            attachments.AddRange(items);
            for (var n = b + 1; n < blocks.Count && blocks[n].Level == 3 && items.Count > 0; n++)
            {
                attachments.Add(blocks[n].Text);
            }
        }
    }

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}、")]
    private static partial Regex Level1();

    [GeneratedRegex(@"^[(（][一二三四五六七八九十]{1,3}[)）]")]
    private static partial Regex Level2();

    [GeneratedRegex(@"^\d{1,2}[.．、](?!\d)\s?")]
    private static partial Regex Level3();

    [GeneratedRegex(@"^[(（]\d{1,2}[)）]")]
    private static partial Regex Level4();

    [GeneratedRegex(@"^第[一二三四五六七八九十百零]{1,4}条")]
    private static partial Regex Article();

    [GeneratedRegex(@"^第[一二三四五六七八九十百零]{1,4}章")]
    private static partial Regex Chapter();

    // The title of an issued text: no sentence punctuation, ending in the kind of text (办法, 方案 …) and maybe a period.
    [GeneratedRegex(@"^[^。，；：！？,;:]{4,60}?(?:办法|方案|制度|规定|细则|意见|规则|名单|计划|要点)(?:（[^）]{1,20}）)?$")]
    private static partial Regex AttachedTitle();

    [GeneratedRegex(@"^附件[:：](?<items>.+)$")]
    private static partial Regex AttachmentNote();

    [GeneratedRegex(@"(?:^|(?<=[^\d\s]))\d{1,2}[.．]\s?(?!\d{1,2}[.．])")]
    private static partial Regex NumberedItem();
}
