using DocumentFormat.OpenXml.Wordprocessing;

namespace Zhili.BuildingBlocks.Documents;

/// <summary>
/// An official document (公文) laid out as GB/T 9704-2012 asks: red 版头 with the issuing office, the document number
/// above a red rule, the title, the addressee, the body, the signature and date at the right, page numbers in the footer.
/// </summary>
public sealed record OfficialDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>发文机关: printed in the red 版头 and as the signature.</summary>
    public required string Issuer { get; init; }

    /// <summary>发文字号, e.g. 郑12345督〔2026〕1号.</summary>
    public required string Number { get; init; }

    public required string Title { get; init; }

    /// <summary>主送机关 (without the colon); none for a document addressed to the public.</summary>
    public string? Addressee { get; init; }

    /// <summary>Body paragraphs, each indented two characters on its first line.</summary>
    public required IReadOnlyList<string> Body { get; init; }

    /// <summary>成文日期, printed as 2026年4月2日.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The 版头's text; the issuer followed by 文件 unless given.</summary>
    public string? Masthead { get; init; }

    public static string ChineseDate(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";

    public byte[] Write()
    {
        var body = new Body(
            OfficialLayout.Masthead(Masthead ?? Issuer + "文件"),
            OfficialLayout.Blank(),
            OfficialLayout.NumberLine(Number),
            OfficialLayout.Blank(),
            OfficialLayout.Title(Title),
            OfficialLayout.Blank());
        if (Addressee is { } to)
        {
            body.Append(OfficialLayout.Line(to + "：", indent: false));
        }

        foreach (var text in Body)
        {
            body.Append(OfficialLayout.Line(text, indent: true));
        }

        body.Append(
            OfficialLayout.Blank(),
            OfficialLayout.Signature(Issuer, rightChars: 2),
            OfficialLayout.Signature(ChineseDate(Date), rightChars: 4));

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(body);
            OfficialLayout.AddSettingsAndFonts(main);
            body.Append(OfficialLayout.Section(main));
        }

        return stream.ToArray();
    }
}
