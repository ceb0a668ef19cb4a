using Zhili.BuildingBlocks.Documents;

namespace Zhili.Hotline.Features;

/// <summary>
/// H-FORM-2: the 《专项督办通知》 / 《重点督办通知》 as an official document (GB/T 9704): number, addressee, the appeals,
/// due date, requirements, first responsible person, and the issuing office with the day of issue.
/// </summary>
public static class NoticeDocument
{
    public const string ContentType = OfficialDocument.ContentType;

    public static string FileName(SupervisionNotice n) => $"supervision-notice-{n.Year}-{n.Sequence}.docx";

    public static byte[] Write(SupervisionNotice n, string unitName)
    {
        var level = n.Kind == NoticeKind.Key ? "重点督办" : "专项督办";
        var due = NoticeSummary.ChineseDate(Sla.DayOf(n.DueAt));
        List<string> body = [$"市长热线受理的下列群众诉求，现列为{level}事项，请你单位协调各方力量，加大办理力度，按时限要求办结并书面回复。"];
        body.AddRange(n.Summary.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        body.Add($"一、办结时限：请于{due}前办结，并书面回复{n.IssuingOffice}。");
        body.Add($"二、办理要求：{n.Requirements}");
        body.Add($"三、第一责任人：本事项办理工作的第一责任人为你单位{SupervisionTexts.Post(n.ResponsiblePost)}{n.ResponsiblePerson}。"
            + "书面回复须经第一责任人审签，并加盖单位公章。");
        return new OfficialDocument
        {
            Issuer = n.IssuingOffice, Number = n.Number, Title = n.Title, Addressee = unitName, Body = body,
            Date = Civil.DateOf(n.IssuedAt),
        }.Write();
    }
}
