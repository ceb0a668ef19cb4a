namespace Zhili.WageArrears.Features.Lookup;

/// <summary>B-CREDIT: what listing means for other systems (gazette L2979–3001).</summary>
public static class JointPunishment
{
    /// <summary>The labour-law integrity grade while listed (人社部规〔2016〕1号 art. 7(3)).</summary>
    public const string IntegrityGrade = "C";

    /// <summary>The nine areas in which joint punishment restricts the employer, in the gazette's order.</summary>
    public static readonly IReadOnlyList<string> RestrictedAreas =
    [
        "政府资金支持", "政府采购", "招投标", "生产许可", "资质审核", "融资贷款", "市场准入", "税收优惠", "评优评先",
    ];

    /// <summary>The redress published with each entry (B-PUB, B-OBJ): where and how long to object.</summary>
    public static string Redress(string authority) =>
        $"对公布信息有异议的，可向{authority}书面提出异议申请并提交证据，{authority}自收到之日起 15 个工作日内作出处理决定（情况复杂的可延长 10 个工作日）；" +
        "对列入决定不服的，可依法申请行政复议或提起行政诉讼。";
}
