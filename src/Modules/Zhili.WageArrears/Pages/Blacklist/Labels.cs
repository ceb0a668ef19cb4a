namespace Zhili.WageArrears.Pages.Blacklist;

/// <summary>The Chinese names the staff pages show (the text keys; English in texts.en.json).</summary>
public static class Labels
{
    public static string State(ListingState s) => s switch
    {
        ListingState.Pending => "待作出列入决定",
        ListingState.Warning => "列入决定即将到期",
        ListingState.Overdue => "列入决定已逾期",
        ListingState.Listed => "已列入",
        _ => "已移出",
    };

    public static string Defence(DefenceState s) => s switch
    {
        DefenceState.NoNotice => "尚未送达告知书",
        DefenceState.Open => "陈述申辩期内",
        DefenceState.Filed => "已陈述申辩",
        _ => "逾期未申辩，视为放弃",
    };

    public static string Outcome(ObjectionOutcome o) => o switch
    {
        ObjectionOutcome.Pending => "待处理",
        ObjectionOutcome.Upheld => "维持",
        ObjectionOutcome.Corrected => "变更",
        _ => "撤销",
    };

    public static string Kind(PartyKind k) => k == PartyKind.Employer ? "用人单位" : "违法分包、转包承接方";

    public static string Role(PersonRole r) => r == PersonRole.LegalRepresentative ? "法定代表人" : "其他责任人";

    public static string Purpose(AccessPurpose p) => p == AccessPurpose.Defence ? "陈述申辩" : "异议";

    /// <summary>A deadline as the civil day it ends on: "2026-10-16 24:00" (K-TZ), written the one way every page writes it.</summary>
    public static string Due(DateTime endOfDayUtc) => DeadlineText.Of(endOfDayUtc);

    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>The CSS class that marks a state: an overdue one as an error, a warned one with the badge.</summary>
    public static string? Css(ListingState s) => s switch
    {
        ListingState.Overdue => "error",
        ListingState.Warning => "badge",
        _ => null,
    };
}
