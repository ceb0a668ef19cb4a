namespace Zhili.Hotline.Domain;

/// <summary>H-SLA defaults in working days (configuration Zhili:Hotline:Sla); urgent appeals in hours.</summary>
public sealed class SlaOptions
{
    public const string Section = "Zhili:Hotline:Sla";

    public int Consultation { get; set; } = 1;

    public int Help { get; set; } = 3;

    public int Complaint { get; set; } = 5;

    public int Report { get; set; } = 15;

    public int Suggestion { get; set; } = 15;

    public int UrgentHours { get; set; } = 2;

    /// <summary>H-FLOW: a unit may return a mis-assigned appeal within this many working days of assignment.</summary>
    public int ReturnWorkingDays { get; set; } = 2;

    /// <summary>H-EXT: an extension is applied for at least this many working days before the deadline (K-WD-3).</summary>
    public int ExtensionNoticeWorkingDays { get; set; } = 2;
}

/// <summary>A deadline and the rule that produced it.</summary>
public sealed record Deadline(DateTime At, string Rule);

/// <summary>The hotline's deadline arithmetic, always through the kernel's working-day calendar (K-WD-2, K-WD-3).</summary>
public sealed class Sla(IWorkingDayCalendar calendar, IOptions<SlaOptions> options)
{
    // H-SLA [decision]: a category's own working days for one appeal type, in the copy made by WithCategoryDays.
    private (AppealType Type, int Days)? categoryDays;

    public SlaOptions Options => options.Value;

    /// <summary>This arithmetic with a category's working days for one appeal type; unchanged when the category has none.</summary>
    public Sla WithCategoryDays(AppealType type, int? days) =>
        days is { } d ? new Sla(calendar, options) { categoryDays = (type, d) } : this;

    /// <summary>The category's own working days for this type, when this arithmetic carries them.</summary>
    public int? CategoryDays(AppealType type) => categoryDays is { } c && c.Type == type ? c.Days : null;

    public int DaysFor(AppealType type) => categoryDays is { } c && c.Type == type ? c.Days : type switch
    {
        AppealType.Consultation => Options.Consultation,
        AppealType.Help => Options.Help,
        AppealType.Complaint => Options.Complaint,
        AppealType.Report => Options.Report,
        _ => Options.Suggestion,
    };

    /// <summary>H-SLA: N working days from the day of assignment (K-WD-2), or 2 hours for an urgent appeal.</summary>
    public Deadline HandlingDeadline(AppealType type, bool urgent, DateTime assignedAt) => urgent
        ? new Deadline(assignedAt.AddHours(Options.UrgentHours), "H-SLA")
        : new Deadline(calendar.EndOfDayUtc(calendar.AddWorkingDays(Civil.DateOf(assignedAt), DaysFor(type))), "H-SLA");

    /// <summary>H-FLOW: the end of the window in which the unit may return the appeal (K-WD-2).</summary>
    public DateTime ReturnWindowEnd(DateTime assignedAt) =>
        calendar.EndOfDayUtc(calendar.AddWorkingDays(Civil.DateOf(assignedAt), Options.ReturnWorkingDays));

    /// <summary>K-WD-3: working days in (applied day, deadline day].</summary>
    public int WorkingDaysBefore(DateTime appliedAt, DateTime deadlineAt) =>
        calendar.WorkingDaysBetween(Civil.DateOf(appliedAt), DayOf(deadlineAt));

    /// <summary>H-EXT: the deadline moved by N working days from its own day.</summary>
    public Deadline Extended(DateTime deadlineAt, int workingDays) =>
        new(calendar.EndOfDayUtc(calendar.AddWorkingDays(DayOf(deadlineAt), workingDays)), "H-EXT");

    /// <summary>The civil day a deadline falls on: 24:00 belongs to the day that ends then.</summary>
    public static DateOnly DayOf(DateTime deadlineAt) => Civil.DateOf(deadlineAt.AddTicks(-1));
}
