using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Zhili.Hotline.Domain;
using Zhili.Kernel;

namespace Zhili.Hotline.Features;

/// <summary>
/// H-FORM-2: the 《专项督办通知》 / 《重点督办通知》 as a Word document: title, number, addressee, the appeals, due date,
/// requirements, first responsible person, and the issuing office with the day of issue.
/// </summary>
public static class NoticeDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static string FileName(SupervisionNotice n) => $"supervision-notice-{n.Year}-{n.Sequence}.docx";

    public static byte[] Write(SupervisionNotice n, string unitName)
    {
        var level = n.Kind == NoticeKind.Key ? "重点督办" : "专项督办";
        var due = NoticeSummary.ChineseDate(Sla.DayOf(n.DueAt));
        var body = new Body(
            Paragraph(n.Title, Font.Title, JustificationValues.Center, bold: true),
            Paragraph(n.Number, Font.Body, JustificationValues.Center),
            Paragraph(""),
            Paragraph($"{unitName}：", Font.Body),
            Paragraph($"市长热线受理的下列群众诉求，现列为{level}事项，请你单位协调各方力量，加大办理力度，按时限要求办结并书面回复。"));
        foreach (var line in n.Summary.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            body.Append(Paragraph(line));
        }

        body.Append(
            Paragraph($"一、办结时限：请于{due}前办结，并书面回复{n.IssuingOffice}。"),
            Paragraph($"二、办理要求：{n.Requirements}"),
            Paragraph($"三、第一责任人：本事项办理工作的第一责任人为你单位{SupervisionTexts.Post(n.ResponsiblePost)}{n.ResponsiblePerson}。"
                + "书面回复须经第一责任人审签，并加盖单位公章。"),
            Paragraph(""),
            Paragraph(n.IssuingOffice, Font.Body, JustificationValues.Right),
            Paragraph(NoticeSummary.ChineseDate(Civil.DateOf(n.IssuedAt)), Font.Body, JustificationValues.Right));

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, Font font = Font.Body, JustificationValues? align = null, bool bold = false)
    {
        // The schema's order: fonts, bold, size (sizes in half-points: 22 pt title, 16 pt body, the usual 公文 sizes).
        var runProperties = new RunProperties(
            new RunFonts { EastAsia = font == Font.Title ? "宋体" : "仿宋", Ascii = "Times New Roman", HighAnsi = "Times New Roman" });
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        runProperties.Append(new FontSize { Val = font == Font.Title ? "44" : "32" });
        var paragraph = new Paragraph(new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (align is { } a)
        {
            paragraph.PrependChild(new ParagraphProperties(new Justification { Val = a }));
        }

        return paragraph;
    }

    private enum Font
    {
        Title,
        Body,
    }
}
