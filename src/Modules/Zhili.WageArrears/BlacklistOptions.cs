namespace Zhili.WageArrears;

/// <summary>
/// The [decision] defaults of the blacklist, bound from <c>Zhili:WageArrears</c>; each keeps the gazette's own number.
/// </summary>
public sealed class BlacklistOptions
{
    public const string Section = "Zhili:WageArrears";

    /// <summary>B-NOTICE: working days for a defence after the notice is received (L2920–2931).</summary>
    public int DefenceWorkingDays { get; set; } = 5;

    /// <summary>B-LIST: working days from the administrative decision to the listing decision (L2845–2853).</summary>
    public int ListingWorkingDays { get; set; } = 20;

    /// <summary>B-LIST: the warning comes when this many working days have passed.</summary>
    public int ListingWarningWorkingDays { get; set; } = 15;

    /// <summary>B-OBJ: working days to decide an objection (L2960–2977).</summary>
    public int ObjectionWorkingDays { get; set; } = 15;

    /// <summary>B-OBJ: the one extension for a complex objection.</summary>
    public int ObjectionExtensionWorkingDays { get; set; } = 10;

    /// <summary>B-TERM: working days after expiry for the removal decision (L3003–3031).</summary>
    public int RemovalWorkingDays { get; set; } = 20;

    /// <summary>B-TERM: years of a first listing.</summary>
    public int FirstTermYears { get; set; } = 1;

    /// <summary>B-TERM: years of a re-listing and of an automatic extension.</summary>
    public int RepeatTermYears { get; set; } = 2;

    /// <summary>B-TERM, B-LIST: cases the daily review reads and commits at a time (bounds its memory, whatever the register's size).</summary>
    public int ReviewBatchSize { get; set; } = 500;

    /// <summary>
    /// B-LIST, B-NOTICE: the short name an issuing office puts before its document numbers (郑人社黑决〔2026〕12号), by unit
    /// code; a unit not named here uses its name without the final 区, 县 or 市 (金水区 → 金水), followed by 人社.
    /// </summary>
    public Dictionary<string, string> ShortNames { get; set; } = new(StringComparer.Ordinal)
    {
        ["410100-RSJ"] = "郑人社", ["410104"] = "管城人社", ["4101D1"] = "郑东人社", ["4101D2"] = "航空港人社",
        ["4101D3"] = "经开人社", ["4101D4"] = "高新人社",
    };
}
