namespace Zhili.Hotline.Features;

/// <summary>An appeal of a case as the caller may see it (a unit sees only its own appeals of a group).</summary>
public sealed record CaseAppealDto(long AppealId, string TrackingNumber, string UnitCode, AppealState State, SupervisionLevel Level, DateTime? ClosedAt);

public sealed record PhoneFollowUpDto(long Id, string UnitCode, DateTime CalledAt, string Caller, string Contact, string Agreed, DateTime RecordedAt, string RecordedBy);

public sealed record NoticeDto(
    long Id, NoticeKind Kind, string Title, string Number, string UnitCode, DateTime IssuedAt, string IssuedBy, string IssuingOffice,
    int WorkingDays, DateTime DueAt, string DueRule, string Requirements, string Summary, ResponsiblePost ResponsiblePost,
    string ResponsiblePerson, DateTime? RepliedAt, string? RepliedBy, string? ReplyText, string? SignedBy, bool Sealed, bool? RepliedLate,
    bool Overdue, string DocumentUrl);

public sealed record GuestDto(GuestKind Kind, string Name);

public sealed record DutyDto(string UnitCode, string Duty, int WorkingDays, DateTime DueAt, string DueRule);

public sealed record MeetingDto(
    long Id, DateTime HeldAt, string Place, IReadOnlyList<string> UnitCodes, IReadOnlyList<GuestDto> Guests, bool AudioVideoRecorded,
    string Minutes, IReadOnlyList<DutyDto> Duties, DateTime RecordedAt, string RecordedBy);

public sealed record VisitDto(
    long Id, DateTime VisitedAt, string Place, IReadOnlyList<string> Participants, string Findings, string AgreedActions, DateTime RecordedAt, string RecordedBy);

public sealed record ListingStepDto(ListingStepKind Kind, DateTime At, string By, string Text, int Round);

public sealed record ListingDto(
    long Id, string UnitCode, long NoticeId, string NoticeNumber, DateTime ListedAt, string Reason, ListingState State, int Round,
    DateTime? WrittenOffAt, IReadOnlyList<ListingStepDto> Steps);

/// <summary>A supervision case with every record the caller may see (H-LVL, H-FORM-1…5).</summary>
public sealed record SupervisionCaseDto(
    long Id, SupervisionLevel Level, bool IsOpen, DateTime OpenedAt, string OpenedBy, string Reason, IReadOnlyList<CaseAppealDto> Appeals,
    IReadOnlyList<PhoneFollowUpDto> PhoneFollowUps, IReadOnlyList<NoticeDto> Notices, IReadOnlyList<MeetingDto> Meetings,
    IReadOnlyList<VisitDto> Visits, IReadOnlyList<ListingDto> Listings)
{
    public static SupervisionCaseDto Of(SupervisionCase c, IReadOnlyList<Appeal> appeals, DateTime now) => new(
        c.Id, c.Level, c.IsOpen, c.OpenedAt, c.OpenedBy, c.Reason,
        appeals.Select(a => Member(c, a)).ToList(),
        c.PhoneFollowUps.OrderBy(p => p.CalledAt).Select(p => new PhoneFollowUpDto(
            p.Id, p.UnitCode, p.CalledAt, p.Caller, p.Contact, p.Agreed, p.RecordedAt, p.RecordedBy)).ToList(),
        c.Notices.OrderBy(n => n.IssuedAt).ThenBy(n => n.Id).Select(n => Notice(c, n, now)).ToList(),
        c.Meetings.OrderBy(m => m.HeldAt).Select(m => new MeetingDto(m.Id, m.HeldAt, m.Place, m.UnitCodes,
            m.Guests.Select(g => new GuestDto(g.Kind, g.Name)).ToList(), m.AudioVideoRecorded, m.Minutes,
            m.Duties.OrderBy(d => d.Id).Select(d => new DutyDto(d.UnitCode, d.Duty, d.WorkingDays, d.DueAt, d.DueRule)).ToList(),
            m.RecordedAt, m.RecordedBy)).ToList(),
        c.Visits.OrderBy(v => v.VisitedAt).Select(v => new VisitDto(
            v.Id, v.VisitedAt, v.Place, v.Participants, v.Findings, v.AgreedActions, v.RecordedAt, v.RecordedBy)).ToList(),
        c.Listings.OrderBy(l => l.ListedAt).Select(l => new ListingDto(l.Id, l.UnitCode, l.NoticeId, l.Notice.Number, l.ListedAt, l.Reason,
            l.State, l.Round, l.WrittenOffAt, l.Steps.OrderBy(s => s.At).ThenBy(s => s.Id)
                .Select(s => new ListingStepDto(s.Kind, s.At, s.By, s.Text, s.Round)).ToList())).ToList());

    internal static CaseAppealDto Member(SupervisionCase c, Appeal a)
    {
        var s = c.Supervisions.Single(x => x.AppealId == a.Id);
        return new CaseAppealDto(a.Id, a.TrackingNumber, a.UnitCode, a.State, s.Level, s.ClosedAt);
    }

    public static string DocumentUrl(SupervisionCase c, SupervisionNotice n) => $"/api/v1/hotline/supervisions/{c.Id}/notices/{n.Id}/document";

    private static NoticeDto Notice(SupervisionCase c, SupervisionNotice n, DateTime now) => new(
        n.Id, n.Kind, n.Title, n.Number, n.UnitCode, n.IssuedAt, n.IssuedBy, n.IssuingOffice, n.WorkingDays, n.DueAt, n.DueRule,
        n.Requirements, n.Summary, n.ResponsiblePost, n.ResponsiblePerson, n.RepliedAt, n.RepliedBy, n.ReplyText, n.SignedBy, n.Sealed,
        n.RepliedLate, n.IsOverdue(now), DocumentUrl(c, n));
}

/// <summary>One row of the supervision list: the level, the appeals, the latest notice and the listing, if any.</summary>
public sealed record SupervisionCaseRow(
    long Id, SupervisionLevel Level, bool IsOpen, DateTime OpenedAt, string Reason, IReadOnlyList<CaseAppealDto> Appeals,
    string? LatestNotice, DateTime? LatestNoticeDueAt, bool? LatestNoticeRepliedLate, bool LatestNoticeOverdue, ListingState? Listing);
