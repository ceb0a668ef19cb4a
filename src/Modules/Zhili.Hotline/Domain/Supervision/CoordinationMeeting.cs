namespace Zhili.Hotline.Domain;

/// <summary>
/// H-FORM-3 会议协调 (L4190–4201): a meeting on unclear or disputed responsibility, with the staffing (编制) and legal
/// (法制) departments, optionally NPC deputies, CPPCC members, 行风监督员 and media; recorded on audio and video, with
/// minutes, and each unit's resulting duty and deadline.
/// </summary>
public sealed class CoordinationMeeting
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public DateTime HeldAt { get; set; }

    public required string Place { get; set; }

    /// <summary>The attending units (K-UNITS codes), the staffing and legal departments among them.</summary>
    public List<string> UnitCodes { get; set; } = [];

    public List<MeetingGuest> Guests { get; set; } = [];

    /// <summary>全程录音录像.</summary>
    public bool AudioVideoRecorded { get; set; }

    /// <summary>会议纪要.</summary>
    public required string Minutes { get; set; }

    public List<MeetingDuty> Duties { get; set; } = [];

    public DateTime RecordedAt { get; set; }

    public required string RecordedBy { get; set; }
}

/// <summary>H-FORM-3: an invited participant from outside the departments.</summary>
public sealed class MeetingGuest
{
    public long Id { get; set; }

    public long MeetingId { get; set; }

    public GuestKind Kind { get; set; }

    public required string Name { get; set; }
}

/// <summary>H-FORM-3: one unit's duty from the meeting and its deadline, stored with the rule that set it.</summary>
public sealed class MeetingDuty
{
    public long Id { get; set; }

    public long MeetingId { get; set; }

    public required string UnitCode { get; set; }

    public required string Duty { get; set; }

    public int WorkingDays { get; set; }

    public DateTime DueAt { get; set; }

    public required string DueRule { get; set; }
}
