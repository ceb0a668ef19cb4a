namespace Zhili.Hotline.Domain;

/// <summary>H-FORM-1…4: the office's phone follow-ups, written notices, coordination meetings and on-site visits.</summary>
public sealed partial class SupervisionCase
{
    /// <summary>The longest time limit a notice or a meeting's duty may set, in working days.</summary>
    public const int MaxWorkingDays = 60;

    /// <summary>H-FORM-1 电话跟踪: each call recorded in writing.</summary>
    public PhoneFollowUp RecordPhoneCall(PhoneCall call, DateTime at, string actor)
    {
        EnsureOpen("H-FORM-1");
        EnsureDuring(call.CalledAt, at, "calledAt", "H-FORM-1");
        Require(call.Caller, "caller", "请填写跟踪人", "H-FORM-1");
        Require(call.Contact, "contact", "请填写接听人及其职务", "H-FORM-1");
        Require(call.Agreed, "agreed", "请记录商定的事项", "H-FORM-1");
        var record = new PhoneFollowUp
        {
            UnitCode = call.UnitCode, CalledAt = call.CalledAt, Caller = call.Caller.Trim(), Contact = call.Contact.Trim(),
            Agreed = call.Agreed.Trim(), RecordedAt = at, RecordedBy = actor,
        };
        PhoneFollowUps.Add(record);
        return record;
    }

    /// <summary>
    /// H-FORM-2 书面督办: a 《专项督办通知》 at 专项督办, a 《重点督办通知》 at 重点督办, to the lead unit of one of the case's
    /// appeals, due N working days after the day of issue (K-WD-2). The first responsible person is the unit's 分管领导
    /// for 专项 and its 主要领导 for 重点.
    /// </summary>
    public SupervisionNotice IssueNotice(
        NoticeDraft draft, NoticeNumber number, string summary, IReadOnlyCollection<string> handlingUnits, SupervisionTerms terms, DateTime at, string actor)
    {
        EnsureOpen("H-FORM-2");
        if (Level == SupervisionLevel.General)
        {
            throw Refuse("level", "一般督办不印发书面通知；升级为专项督办或重点督办后才印发《专项督办通知》《重点督办通知》", "H-FORM-2");
        }

        if (!handlingUnits.Contains(draft.UnitCode))
        {
            throw Refuse("unitCode", "督办通知须发给本督办件所涉诉求的承办单位", "H-FORM-2");
        }

        Require(draft.Requirements, "requirements", "请写明办理要求", "H-FORM-2");
        Require(draft.ResponsiblePerson, "responsiblePerson", "请写明第一责任人", "H-FORM-2");
        if (draft.WorkingDays is < 1 or > MaxWorkingDays)
        {
            throw Refuse("workingDays", $"办结时限应为 1 至 {MaxWorkingDays} 个工作日", "H-FORM-2");
        }

        var kind = Level == SupervisionLevel.Key ? NoticeKind.Key : NoticeKind.Special;
        var due = terms.Due(at, draft.WorkingDays, "H-FORM-2");
        var notice = new SupervisionNotice
        {
            Kind = kind, Year = number.Year, Sequence = number.Sequence, Number = number.Text, UnitCode = draft.UnitCode,
            IssuedAt = at, IssuedBy = actor, IssuingOffice = terms.Options.IssuingOffice, WorkingDays = draft.WorkingDays,
            DueAt = due.At, DueRule = due.Rule, Requirements = draft.Requirements.Trim(), Summary = summary,
            ResponsiblePost = kind == NoticeKind.Key ? ResponsiblePost.PrincipalLeader : ResponsiblePost.LeaderInCharge,
            ResponsiblePerson = draft.ResponsiblePerson.Trim(),
        };
        Notices.Add(notice);
        return notice;
    }

    /// <summary>
    /// H-FORM-3 会议协调: with the staffing (编制) and legal (法制) departments present, recorded on audio/video, minutes
    /// taken, and each attending unit's duty due N working days after the meeting day (K-WD-2).
    /// </summary>
    public CoordinationMeeting RecordMeeting(MeetingRecord m, SupervisionTerms terms, DateTime at, string actor)
    {
        EnsureOpen("H-FORM-3");
        EnsureDuring(m.HeldAt, at, "heldAt", "H-FORM-3");
        Require(m.Place, "place", "请填写会议地点", "H-FORM-3");
        var staffing = terms.Options.StaffingUnitCode;
        var legal = terms.Options.LegalUnitCode;
        if (!m.UnitCodes.Contains(staffing) || !m.UnitCodes.Contains(legal))
        {
            throw Refuse("unitCodes", $"协调会须有编制部门（{staffing}）和法制部门（{legal}）参加", "H-FORM-3");
        }

        if (!m.AudioVideoRecorded)
        {
            throw Refuse("audioVideoRecorded", "协调会须全程录音录像", "H-FORM-3");
        }

        Require(m.Minutes, "minutes", "请填写会议纪要", "H-FORM-3");
        if (m.Duties.Count == 0)
        {
            throw Refuse("duties", "协调会须明确各责任单位的职责和办结时限", "H-FORM-3");
        }

        if (m.Duties.FirstOrDefault(d => !m.UnitCodes.Contains(d.UnitCode)) is { } stranger)
        {
            throw Refuse("duties", $"责任单位 {stranger.UnitCode} 未参加协调会", "H-FORM-3");
        }

        if (m.Duties.Any(d => string.IsNullOrWhiteSpace(d.Duty) || d.WorkingDays is < 1 or > MaxWorkingDays))
        {
            throw Refuse("duties", $"每项职责须写明内容和办结时限（1 至 {MaxWorkingDays} 个工作日）", "H-FORM-3");
        }

        var meeting = new CoordinationMeeting
        {
            HeldAt = m.HeldAt, Place = m.Place.Trim(), UnitCodes = m.UnitCodes.Distinct().ToList(), AudioVideoRecorded = true,
            Minutes = m.Minutes.Trim(), RecordedAt = at, RecordedBy = actor,
            Guests = m.Guests.Select(g => new MeetingGuest { Kind = g.Kind, Name = g.Name.Trim() }).ToList(),
            Duties = m.Duties.Select(d => Duty(d, terms.Due(m.HeldAt, d.WorkingDays, "H-FORM-3"))).ToList(),
        };
        Meetings.Add(meeting);
        return meeting;
    }

    /// <summary>H-FORM-4 现场督导: who went, what they found, what was agreed on the spot.</summary>
    public SiteVisit RecordVisit(VisitRecord v, DateTime at, string actor)
    {
        EnsureOpen("H-FORM-4");
        EnsureDuring(v.VisitedAt, at, "visitedAt", "H-FORM-4");
        Require(v.Place, "place", "请填写督导地点", "H-FORM-4");
        if (v.Participants.Count == 0)
        {
            throw Refuse("participants", "请填写参加现场督导的人员", "H-FORM-4");
        }

        Require(v.Findings, "findings", "请填写现场察看的情况", "H-FORM-4");
        Require(v.AgreedActions, "agreedActions", "请填写商定的措施", "H-FORM-4");
        var visit = new SiteVisit
        {
            VisitedAt = v.VisitedAt, Place = v.Place.Trim(), Participants = [.. v.Participants], Findings = v.Findings.Trim(),
            AgreedActions = v.AgreedActions.Trim(), RecordedAt = at, RecordedBy = actor,
        };
        Visits.Add(visit);
        return visit;
    }

    private static MeetingDuty Duty(DutyInput d, Deadline due) =>
        new() { UnitCode = d.UnitCode, Duty = d.Duty.Trim(), WorkingDays = d.WorkingDays, DueAt = due.At, DueRule = due.Rule };

    private static void Require(string? value, string field, string reason, string rule)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Refuse(field, reason, rule);
        }
    }
}
