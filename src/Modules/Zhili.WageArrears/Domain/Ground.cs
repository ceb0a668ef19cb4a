namespace Zhili.WageArrears.Domain;

/// <summary>B-WHY: the six listing grounds of article 5 (gazette L2855–2911), as flags because a case may rest on several.</summary>
[Flags]
public enum Ground
{
    None = 0,

    /// <summary>(一) arrears reaching the criminal threshold.</summary>
    CriminalAmount = 1,

    /// <summary>(二) arrears causing mass or extreme incidents.</summary>
    MassIncident = 2,

    /// <summary>(三) evading payment by absconding.</summary>
    Absconding = 4,

    /// <summary>(四) unpaid project funds or unlawful subcontracting, refusing to settle.</summary>
    Subcontracting = 8,

    /// <summary>(五) obstructing labour inspection or refusing its decision.</summary>
    Obstruction = 16,

    /// <summary>(六) other unlawful acts that must be listed.</summary>
    Other = 32,
}

public static class Grounds
{
    public const Ground All = Ground.CriminalAmount | Ground.MassIncident | Ground.Absconding
        | Ground.Subcontracting | Ground.Obstruction | Ground.Other;

    private static readonly (Ground Ground, string Name)[] Names =
    [
        (Ground.CriminalAmount, "克扣、无故拖欠农民工工资报酬，数额达到拒不支付劳动报酬犯罪数额标准"),
        (Ground.MassIncident, "因拖欠农民工工资违法行为引发群体性事件、极端事件造成严重不良社会影响"),
        (Ground.Absconding, "拖欠农民工工资后以逃匿方法逃避支付劳动者的劳动报酬"),
        (Ground.Subcontracting, "未按约定划拨工程款或违法发包、转包、分包造成拖欠，且拒不履行清偿欠薪责任"),
        (Ground.Obstruction, "拖欠农民工工资后无理抗拒、阻挠劳动保障监察或拒不履行行政处罚（处理）决定"),
        (Ground.Other, "应当列入“黑名单”的其他违法行为"),
    ];

    /// <summary>The Chinese names of the grounds set in <paramref name="grounds"/>, in the gazette's order.</summary>
    public static IReadOnlyList<string> ChineseNames(Ground grounds) =>
        Names.Where(n => grounds.HasFlag(n.Ground)).Select(n => n.Name).ToList();

    public static string Text(Ground grounds) => string.Join("；", ChineseNames(grounds));
}
