namespace Zhili.Hotline.Features;

/// <summary>H-LVL: the office puts one appeal or a group of appeals on the same problem under supervision.</summary>
public sealed record OpenSupervisionRequest(IReadOnlyList<long> AppealIds, SupervisionLevel Level, string Reason);

public sealed record SupervisionRequest(SupervisionLevel Level, string Reason);

public sealed record AddAppealRequest(long AppealId, string Reason);

/// <summary>H-FORM-1: times carry their offset (2026-04-01T15:00:00+08:00).</summary>
public sealed record PhoneFollowUpRequest(string UnitCode, DateTimeOffset? CalledAt, string Caller, string Contact, string Agreed)
{
    public PhoneCall ToInput() => new(UnitCode, CalledAt!.Value.UtcDateTime, Caller, Contact, Agreed);
}

/// <summary>H-FORM-2: the notice's kind and number follow from the case; the due date from the working days.</summary>
public sealed record NoticeRequest(string UnitCode, int WorkingDays, string Requirements, string ResponsiblePerson)
{
    public NoticeDraft ToInput() => new(UnitCode, WorkingDays, Requirements, ResponsiblePerson);
}

public sealed record NoticeReplyRequest(string Text, string SignedBy, bool Sealed)
{
    public NoticeReply ToInput() => new(Text, SignedBy, Sealed);
}

public sealed record GuestRequest(GuestKind Kind, string Name);

public sealed record DutyRequest(string UnitCode, string Duty, int WorkingDays);

public sealed record MeetingRequest(
    DateTimeOffset? HeldAt, string Place, IReadOnlyList<string> UnitCodes, IReadOnlyList<GuestRequest>? Guests, bool AudioVideoRecorded,
    string Minutes, IReadOnlyList<DutyRequest> Duties)
{
    public MeetingRecord ToInput() => new(HeldAt!.Value.UtcDateTime, Place, UnitCodes,
        (Guests ?? []).Select(g => new GuestInput(g.Kind, g.Name)).ToList(), AudioVideoRecorded, Minutes,
        Duties.Select(d => new DutyInput(d.UnitCode, d.Duty, d.WorkingDays)).ToList());
}

public sealed record VisitRequest(DateTimeOffset? VisitedAt, string Place, IReadOnlyList<string> Participants, string Findings, string AgreedActions)
{
    public VisitRecord ToInput() => new(VisitedAt!.Value.UtcDateTime, Place, Participants, Findings, AgreedActions);
}

/// <summary>H-FORM-5: the listing's reason and the 《重点督办通知》 it issues.</summary>
public sealed record ListingRequest(string Reason, string UnitCode, int WorkingDays, string Requirements, string ResponsiblePerson)
{
    public NoticeDraft ToNotice() => new(UnitCode, WorkingDays, Requirements, ResponsiblePerson);
}

/// <summary>H-FORM-5: a rectification plan or report.</summary>
public sealed record FilingRequest(string Text);

public sealed record WriteOffRequest(string? Note);

public sealed record RefuseWriteOffRequest(string Reasons);
