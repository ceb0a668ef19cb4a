namespace Zhili.Hotline.Domain;

/// <summary>H-FORM-1: a phone follow-up as the office records it: who called, when, whom (unit and person), what was agreed.</summary>
public sealed record PhoneCall(string UnitCode, DateTime CalledAt, string Caller, string Contact, string Agreed);

/// <summary>H-FORM-2: what the office writes into a notice; the kind, number and due date follow from the case.</summary>
public sealed record NoticeDraft(string UnitCode, int WorkingDays, string Requirements, string ResponsiblePerson);

/// <summary>H-FORM-2: the unit's written reply, signed off by the first responsible person and sealed.</summary>
public sealed record NoticeReply(string Text, string SignedBy, bool Sealed);

/// <summary>H-FORM-3: a coordination meeting as recorded after it was held.</summary>
public sealed record MeetingRecord(
    DateTime HeldAt, string Place, IReadOnlyList<string> UnitCodes, IReadOnlyList<GuestInput> Guests, bool AudioVideoRecorded,
    string Minutes, IReadOnlyList<DutyInput> Duties);

public sealed record GuestInput(GuestKind Kind, string Name);

/// <summary>H-FORM-3: one unit's duty from the meeting, due the given number of working days after the meeting day.</summary>
public sealed record DutyInput(string UnitCode, string Duty, int WorkingDays);

/// <summary>H-FORM-4: an on-site visit.</summary>
public sealed record VisitRecord(DateTime VisitedAt, string Place, IReadOnlyList<string> Participants, string Findings, string AgreedActions);

/// <summary>H-FORM-2: a notice number, one sequence per civil year (郑12345督〔2026〕7号).</summary>
public sealed record NoticeNumber(int Year, int Sequence, string Text)
{
    public static NoticeNumber Of(string prefix, int year, int sequence) => new(year, sequence, $"{prefix}〔{year}〕{sequence}号");
}
