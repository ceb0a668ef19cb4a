namespace Zhili.Hotline.Features.Open311;

public sealed record Open311Value(string Key, string Name);

/// <summary>One attribute of a service definition (GeoReport v2 <c>attribute</c>), answered as <c>attribute[CODE]</c>.</summary>
public sealed record Open311AttributeDefinition(string Code, string Datatype, int Order, string Description, IReadOnlyList<Open311Value> Values)
{
    public const string SingleValue = "singlevaluelist";
    public const string MultiValue = "multivaluelist";

    public bool IsMulti => Datatype == MultiValue;

    public Open311Value? Find(string key) => Values.FirstOrDefault(v => string.Equals(v.Key, key, StringComparison.OrdinalIgnoreCase));

    public Open311Item ToNode() => new("attribute",
    [
        new Open311Field("variable", true), new Open311Field("code", Code), new Open311Field("datatype", Datatype),
        new Open311Field("required", false), new Open311Field("datatype_description", null), new Open311Field("order", Order),
        new Open311Field("description", Description),
        new Open311List("values", Values.Select(v => (Open311Node)new Open311Item("value", [new Open311Field("key", v.Key), new Open311Field("name", v.Name)])).ToList()),
    ]);
}

/// <summary>
/// The questions every appeal category asks through Open311: what the office's own intake asks and a citizen may say —
/// the appeal type (its deadline, H-SLA), urgency, 保密, and when the problem occurs. None is required: the category's
/// default type applies, and an appeal is ordinary, not confidential, unless the answer says otherwise.
/// </summary>
public static class Open311Attributes
{
    public const string Type = "TYPE";
    public const string Urgent = "URGENT";
    public const string Confidential = "CONFIDENTIAL";
    public const string Period = "PERIOD";

    private static readonly Open311Value[] Periods =
    [
        new("morning", "上午（6–12 时）"), new("afternoon", "下午（12–18 时）"), new("evening", "晚上（18–22 时）"), new("night", "夜间（22–6 时）"),
    ];

    public static IReadOnlyList<Open311AttributeDefinition> For(AppealType defaultType, Sla sla) =>
    [
        new(Type, Open311AttributeDefinition.SingleValue, 1, $"诉求类型，决定办理期限（H-SLA）；不填按本类默认的“{Texts.Type(defaultType)}”办理",
            Enum.GetValues<AppealType>().Select(t => new Open311Value(KeyOf(t), $"{Texts.Type(t)}（交办后 {sla.DaysFor(t)} 个工作日）")).ToList()),
        new(Urgent, Open311AttributeDefinition.SingleValue, 2, $"是否紧急：紧急诉求交办后 {sla.Options.UrgentHours} 小时内处置（H-SLA）",
            [new("false", "一般"), new("true", $"紧急（{sla.Options.UrgentHours} 小时内处置）")]),
        new(Confidential, Open311AttributeDefinition.SingleValue, 3, "是否保密：保密诉求的承办单位看不到诉求人，公开查询也不显示诉求内容和位置",
            [new("false", "不保密"), new("true", "保密")]),
        new(Period, Open311AttributeDefinition.MultiValue, 4, "问题通常出现的时段（可多选），写入诉求内容供承办单位参考", Periods),
    ];

    public static string KeyOf(AppealType type) => type.ToString().ToLowerInvariant();

    /// <summary>The words of a PERIOD answer (its key when unknown).</summary>
    public static string PeriodName(string key) =>
        Periods.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase))?.Name ?? key;
}
