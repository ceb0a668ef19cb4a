using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.Hotline.Features;

/// <summary>H-FORM-1…4: phone follow-ups, written notices (with the unit's reply and the .docx), meetings, on-site visits.</summary>
public static class SupervisionFormEndpoints
{
    public static void MapSupervisionFormEndpoints(this RouteGroupBuilder g)
    {
        var office = HotlineRoles.OfficePolicy;
        g.MapPost("/{id:long}/phone-calls", (long id, PhoneFollowUpRequest r, SupervisionService s, SupervisionForms f, TimeProvider clock, CancellationToken ct) =>
            SupervisionEndpoints.Run(id, s, clock, c => f.PhoneAsync(c, r.ToInput(), ct), ct)).RequireAuthorization(office)
            .WithName("RecordPhoneFollowUp").WithSummary("电话跟踪: who called whom when, and what was agreed (H-FORM-1)");
        g.MapPost("/{id:long}/notices", (long id, NoticeRequest r, SupervisionService s, SupervisionForms f, TimeProvider clock, CancellationToken ct) =>
            SupervisionEndpoints.Run(id, s, clock, c => f.IssueNoticeAsync(c, r.ToInput(), ct), ct)).RequireAuthorization(office)
            .WithName("IssueSupervisionNotice").WithSummary("书面督办: a numbered 《专项督办通知》 or 《重点督办通知》 with due date and first responsible person (H-FORM-2)");
        g.MapPost("/{id:long}/notices/{noticeId:long}/reply",
            (long id, long noticeId, NoticeReplyRequest r, SupervisionService s, SupervisionForms f, TimeProvider clock, CancellationToken ct) =>
            SupervisionEndpoints.Run(id, s, clock, c => f.ReplyAsync(c, noticeId, r.ToInput(), ct), ct))
            .RequireAuthorization(SupervisionRegistration.UnitPolicy).WithName("ReplyToSupervisionNotice")
            .WithSummary("The unit's written reply, signed off by the first responsible person and sealed; late ones flagged (H-FORM-2)");
        g.MapGet("/{id:long}/notices/{noticeId:long}/document", Document).RequireAuthorization(HotlineRoles.StaffPolicy)
            .WithName("DownloadSupervisionNotice").WithSummary("The notice as a Word document (.docx) (H-FORM-2)");
        g.MapPost("/{id:long}/meetings", (long id, MeetingRequest r, SupervisionService s, SupervisionForms f, TimeProvider clock, CancellationToken ct) =>
            SupervisionEndpoints.Run(id, s, clock, c => f.MeetingAsync(c, r.ToInput(), ct), ct)).RequireAuthorization(office)
            .WithName("RecordCoordinationMeeting").WithSummary("会议协调: participants, recording, minutes, each unit's duty and deadline (H-FORM-3)");
        g.MapPost("/{id:long}/visits", (long id, VisitRequest r, SupervisionService s, SupervisionForms f, TimeProvider clock, CancellationToken ct) =>
            SupervisionEndpoints.Run(id, s, clock, c => f.VisitAsync(c, r.ToInput(), ct), ct)).RequireAuthorization(office)
            .WithName("RecordSiteVisit").WithSummary("现场督导: participants, findings, agreed actions (H-FORM-4)");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Document(
        long id, long noticeId, SupervisionService s, IAdminUnits units, CancellationToken ct)
    {
        if (await s.FindAsync(id, ct) is not { } c || c.Notices.SingleOrDefault(n => n.Id == noticeId) is not { } notice)
        {
            return Problems.NotFound($"督办通知 {noticeId} 不存在");
        }

        var unit = units.Find(notice.UnitCode)?.Name ?? notice.UnitCode;
        return TypedResults.File(NoticeDocument.Write(notice, unit), NoticeDocument.ContentType, NoticeDocument.FileName(notice));
    }
}
