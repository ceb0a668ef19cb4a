namespace Zhili.Hotline.Domain;

/// <summary>The settings of three-level supervision (configuration Zhili:Hotline:Supervision).</summary>
public sealed class SupervisionOptions
{
    public const string Section = "Zhili:Hotline:Supervision";

    /// <summary>H-FORM-2: the notice number's prefix, before 〔year〕 and the year's sequence number.</summary>
    public string NoticePrefix { get; set; } = "郑12345督";

    /// <summary>H-FORM-2: the office that issues the notices (市政府市长电话室, L4162).</summary>
    public string IssuingOffice { get; set; } = "郑州市人民政府市长电话室";

    /// <summary>H-FORM-3: the staffing (编制) department that must attend a coordination meeting (K-UNITS code).</summary>
    public string StaffingUnitCode { get; set; } = "410100-BB";

    /// <summary>H-FORM-3: the legal-affairs (法制) department that must attend a coordination meeting (K-UNITS code).</summary>
    public string LegalUnitCode { get; set; } = "410100-FZB";
}

/// <summary>Supervision's deadlines, always through the kernel's working-day calendar (K-WD-2), and its settings.</summary>
public sealed class SupervisionTerms(IWorkingDayCalendar calendar, IOptions<SupervisionOptions> options)
{
    public SupervisionOptions Options => options.Value;

    /// <summary>N working days from the day of <paramref name="from"/>, ending at 24:00 (K-WD-2), with the rule that set it.</summary>
    public Deadline Due(DateTime from, int workingDays, string rule) =>
        new(calendar.EndOfDayUtc(calendar.AddWorkingDays(Civil.DateOf(from), workingDays)), rule);
}
