namespace Zhili.Hotline.Domain.Bulletins;

/// <summary>
/// H-BUL: every indicator of the bulletins, each defined here once. "本期" is the bulletin's period; "统计时点" is the end
/// of the period, or now while it runs. Appeals count for their lead unit; events for the unit at the time of the event.
/// </summary>
public static class Indicators
{
    public static readonly Indicator Received = Indicator.Appeals(IndicatorAxis.Received, "received", "受理",
        "受理时间在本期内的诉求数");

    public static readonly Indicator Due = Indicator.Appeals(IndicatorAxis.Due, "due", "应结案",
        "办理期限（含批准的延期）在本期内的诉求数（24:00 的期限属于当日）");

    public static readonly Indicator Closed = Indicator.Appeals(IndicatorAxis.Due, "closed", "结案",
        "应结案中在统计时点前已办结的诉求数", w => a => a.ClosedAt != null && a.ClosedAt < w.AsOf);

    public static readonly Indicator ClosedOnTime = Indicator.Appeals(IndicatorAxis.Due, "closedOnTime", "按期结案",
        "应结案中在办理期限（含批准的延期）前办结的诉求数", _ => a => a.ClosedAt != null && a.ClosedAt <= a.DeadlineAt);

    public static readonly Indicator Overdue = Indicator.Appeals(IndicatorAxis.Due, "overdue", "逾期",
        "应结案中期限已到、未在期限前办结的诉求数", w => a => a.DeadlineAt <= w.AsOf && (a.ClosedAt == null || a.ClosedAt > a.DeadlineAt));

    public static readonly Indicator Extended = Indicator.Appeals(IndicatorAxis.Due, "extended", "延期",
        "应结案中获批延期的诉求数", _ => a => a.ExtensionCount > 0);

    public static readonly Indicator Reopened = Indicator.Appeals(IndicatorAxis.Due, "reopened", "返工",
        "结案中曾因回访不满意重新办理的诉求数", w => a => a.ClosedAt != null && a.ClosedAt < w.AsOf && a.ReopenCount > 0);

    public static readonly Indicator Assigned = Indicator.Events("assigned", "交办",
        "本期交办、改派给本单位的次数", ["assigned", "reassigned"]);

    public static readonly Indicator Returned = Indicator.Events("returned", "回退",
        "本期本单位回退的次数", ["returned"]);

    public static readonly Indicator CalledBack = Indicator.Events("calledBack", "回访",
        "本期对本单位答复的回访次数", ["callback"]);

    public static readonly Indicator Satisfied = Indicator.Events("satisfied", "满意",
        "本期回访结果为“满意”的次数", ["callback"], Texts.Satisfaction(Satisfaction.Satisfied));

    public static readonly Indicator BasicallySatisfied = Indicator.Events("basicallySatisfied", "基本满意",
        "本期回访结果为“基本满意”的次数", ["callback"], Texts.Satisfaction(Satisfaction.BasicallySatisfied));

    public static readonly Indicator Consultations = Indicator.Appeals(IndicatorAxis.Received, "consultations", "咨询受理",
        "本期受理的咨询类诉求数", _ => a => a.Type == AppealType.Consultation);

    public static readonly Indicator FirstContact = Indicator.Appeals(IndicatorAxis.Received, "firstContact", "首次接触解决",
        "本期受理的咨询中由市长电话室在首次接触时办结的诉求数",
        _ => a => a.Type == AppealType.Consultation && a.ResolvedAtFirstContact);

    public static readonly Indicator SupervisedGeneral = Indicator.Supervised("supervisedGeneral", "一般督办",
        "本期开启的一般督办数", SupervisionLevel.General);

    public static readonly Indicator SupervisedSpecial = Indicator.Supervised("supervisedSpecial", "专项督办",
        "本期以专项督办开启或升级为专项督办的次数", SupervisionLevel.Special);

    public static readonly Indicator SupervisedKey = Indicator.Supervised("supervisedKey", "重点督办",
        "本期以重点督办开启或升级为重点督办的次数", SupervisionLevel.Key);

    public static readonly Indicator ClosureRate = Indicator.Rate("closureRate", "结案率", "结案 ÷ 应结案", "due", "closed");

    public static readonly Indicator OnTimeRate = Indicator.Rate("onTimeRate", "按期结案率", "按期结案 ÷ 应结案", "due", "closedOnTime");

    public static readonly Indicator ExtensionRate = Indicator.Rate("extensionRate", "延期率", "延期 ÷ 应结案", "due", "extended");

    public static readonly Indicator ReturnRate = Indicator.Rate("returnRate", "回退率", "回退 ÷ 交办", "assigned", "returned");

    public static readonly Indicator SatisfactionRate = Indicator.Rate("satisfactionRate", "满意率", "（满意 + 基本满意）÷ 回访",
        "calledBack", "satisfied", "basicallySatisfied");

    public static readonly Indicator ReworkRate = Indicator.Rate("reworkRate", "返工率", "返工 ÷ 结案", "closed", "reopened");

    public static readonly Indicator FirstContactRate = Indicator.Rate("firstContactRate", "首次接触解决率", "首次接触解决 ÷ 咨询受理",
        "consultations", "firstContact");

    public static readonly Indicator StreetAssigned = Indicator.Events("streetAssigned", "转街道",
        "本期区级转给本街道办理的次数（二级转办）", [StreetEvents.Assigned]);

    public static readonly Indicator StreetReturned = Indicator.Events("streetReturned", "街道回退",
        "本期本街道回退区级的次数", [StreetEvents.Returned]);

    public static readonly Indicator StreetDue = Indicator.Streets("streetDue", "街道应答复",
        "街道办理期限在本期内的转办数（回退、改派撤回的不计）");

    public static readonly Indicator StreetOnTime = Indicator.Streets("streetOnTime", "街道按期答复",
        "街道应答复中在街道办理期限前答复区级的转办数", _ => s => s.RepliedAt != null && s.RepliedAt <= s.DeadlineAt);

    public static readonly Indicator StreetOnTimeRate = Indicator.Rate("streetOnTimeRate", "街道按期答复率", "街道按期答复 ÷ 街道应答复",
        "streetDue", "streetOnTime");

    /// <summary>日清: appeals in hand whose deadline falls today, and those whose deadline has already passed.</summary>
    public static readonly Indicator DueToday = Indicator.Appeals(IndicatorAxis.Open, "dueToday", "今日到期",
        "办理中、办理期限在当日且尚未到期的诉求数", w => a => a.DeadlineAt >= w.AsOf);

    public static readonly Indicator OverdueOpen = Indicator.Appeals(IndicatorAxis.Open, "overdueOpen", "逾期未办结",
        "办理中、办理期限已过的诉求数", w => a => a.DeadlineAt < w.AsOf);

    /// <summary>The indicators of the periodic bulletins (周综、月结、季评、年考核 and a day's statistics), in display order.</summary>
    public static IReadOnlyList<Indicator> Period { get; } =
    [
        Received, Due, Closed, ClosedOnTime, Overdue, Extended, Assigned, Returned, CalledBack, Satisfied, BasicallySatisfied,
        Reopened, Consultations, FirstContact, SupervisedGeneral, SupervisedSpecial, SupervisedKey,
        ClosureRate, OnTimeRate, ExtensionRate, ReturnRate, SatisfactionRate, ReworkRate, FirstContactRate,
        StreetAssigned, StreetReturned, StreetDue, StreetOnTime, StreetOnTimeRate,
    ];

    public static IReadOnlyList<Indicator> Daily { get; } = [DueToday, OverdueOpen];

    public static Indicator? Find(string key) =>
        Period.Concat(Daily).FirstOrDefault(i => string.Equals(i.Key, key, StringComparison.OrdinalIgnoreCase));
}
