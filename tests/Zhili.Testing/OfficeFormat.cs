using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Zhili.Testing;

/// <summary>
/// Reads a generated .docx and lists where it departs from GB/T 9704-2012 (党政机关公文格式); the measures are written
/// out here in twips, independently of the code that produces them.
/// </summary>
public static class OfficeFormat
{
    public static IReadOnlyList<string> Paragraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
    }

    /// <summary>Every departure from the format, empty when the document follows it.</summary>
    public static IReadOnlyList<string> DocxProblems(byte[] docx, string issuer, string number)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var problems = new OpenXmlValidator().Validate(document).Select(e => "schema: " + e.Description).ToList();
        void Check(bool ok, string what)
        {
            if (!ok)
            {
                problems.Add(what);
            }
        }

        var main = document.MainDocumentPart!;
        var body = main.Document!.Body!;
        var section = body.GetFirstChild<SectionProperties>();
        var size = section?.GetFirstChild<PageSize>();
        Check(size?.Width?.Value == 11906 && size.Height?.Value == 16838, "page is not A4 (210 × 297 mm)");
        var margin = section?.GetFirstChild<PageMargin>();
        Check(margin?.Top?.Value == 2098 && margin.Bottom?.Value == 1984 && margin.Left?.Value == 1587 && margin.Right?.Value == 1474,
            "margins are not 37 / 35 / 28 / 26 mm");

        var paragraphs = body.Elements<Paragraph>().ToList();
        var head = paragraphs.FirstOrDefault(p => p.InnerText.Length > 0);
        Check(head?.InnerText.Contains(issuer, StringComparison.Ordinal) == true, "the masthead does not name the issuer");
        Check(head is not null && Runs(head).All(r => r.Color?.Val?.Value == "FF0000"), "the masthead is not red");

        var numberLine = paragraphs.FirstOrDefault(p => p.InnerText == number);
        var rule = numberLine?.ParagraphProperties?.ParagraphBorders?.BottomBorder;
        Check(numberLine is not null && paragraphs.IndexOf(numberLine) > paragraphs.IndexOf(head!), "no document number line below the masthead");
        Check(rule?.Color?.Value == "FF0000", "no red rule under the number line");

        var title = paragraphs.Skip(paragraphs.IndexOf(numberLine!) + 1).FirstOrDefault(p => p.InnerText.Length > 0);
        Check(title is not null && Runs(title).All(r => r.RunFonts?.EastAsia?.Value == "方正小标宋简体" && r.FontSize?.Val?.Value == "44"),
            "the title is not 2号小标宋 (22 pt)");

        var indented = paragraphs.Where(p => p.ParagraphProperties?.Indentation?.FirstLineChars?.Value == 200).ToList();
        Check(indented.Count > 0, "no body paragraph with a two-character first-line indent");
        Check(indented.SelectMany(Runs).All(r => r.RunFonts?.EastAsia?.Value == "仿宋" && r.FontSize?.Val?.Value == "32"),
            "the body is not 仿宋 三号 (16 pt)");
        Check(indented.All(p => p.ParagraphProperties?.SpacingBetweenLines is { LineRule.Value: var rule2, Line.Value: "579" }
            && rule2 == LineSpacingRuleValues.Exact), "the body's line spacing is not fixed at 28.95 pt");

        var last = paragraphs.Where(p => p.InnerText.Length > 0).TakeLast(2).ToList();
        Check(last.Count == 2 && last[0].InnerText == issuer, "the signature is not the issuer");
        Check(last.Count == 2 && System.Text.RegularExpressions.Regex.IsMatch(last[1].InnerText, @"^\d{4}年\d{1,2}月\d{1,2}日$")
            && last[1].ParagraphProperties?.Justification?.Val?.Value == JustificationValues.Right, "the date is not at the right in Arabic numerals");

        var footers = main.FooterParts.Select(f => f.Footer!).ToList();
        Check(footers.Count > 0 && footers.All(f => f.Descendants<SimpleField>().Any(s => s.Instruction?.Value?.Trim() == "PAGE")
            && f.InnerText.StartsWith("— ", StringComparison.Ordinal) && f.InnerText.EndsWith(" —", StringComparison.Ordinal)
            && f.Descendants<RunProperties>().All(r => r.FontSize?.Val?.Value == "28")), "the footer has no 4号 “— 1 —” page number");
        return problems;
    }

    private static IEnumerable<RunProperties> Runs(Paragraph p) =>
        p.Elements<Run>().Select(r => r.RunProperties ?? new RunProperties());
}
