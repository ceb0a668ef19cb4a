namespace Zhili.Hotline.Data;

/// <summary>
/// A small starting tree in the shape of GB/T 39666-2020 (two digits per level), seeded by the migration; the office
/// edits it afterwards. Leaves name their default handling unit (K-UNITS department codes) and appeal type.
/// </summary>
public static class CategorySeed
{
    public static IReadOnlyList<Category> All { get; } = Build();

    private static List<Category> Build()
    {
        var id = 0;
        Category C(string code, string name, string? unit = null, AppealType? type = null) => new()
        {
            Id = ++id, Code = code, Name = name, Level = Category.LevelOf(code), ParentCode = Category.ParentOf(code),
            DefaultUnitCode = unit, DefaultType = type,
        };
        const string cgj = "410100-CGJ", swj = "410100-SWJ", rsj = "410100-RSJ", hbj = "410100-HBJ", jyj = "410100-JYJ", jtw = "410100-JTW";
        return
        [
            C("110000", "城乡建设"),
            C("110100", "市容环境"),
            C("110101", "占道经营", cgj, AppealType.Complaint),
            C("110102", "垃圾清运", cgj, AppealType.Help),
            C("110200", "市政设施"),
            C("110201", "道路破损", cgj, AppealType.Help),
            C("110202", "路灯故障", cgj, AppealType.Help),
            C("110300", "供水排水"),
            C("110301", "停水与水压", swj, AppealType.Help),
            C("110302", "道路积水", swj, AppealType.Help),
            C("120000", "劳动和社会保障"),
            C("120100", "劳动关系"),
            C("120101", "拖欠工资", rsj, AppealType.Complaint),
            C("120200", "社会保险"),
            C("120201", "社保政策咨询", rsj, AppealType.Consultation),
            C("130000", "生态环境"),
            C("130100", "环境污染"),
            C("130101", "噪声扰民", hbj, AppealType.Complaint),
            C("130102", "大气污染", hbj, AppealType.Report),
            C("140000", "教育"),
            C("140100", "学校管理"),
            C("140101", "校园周边安全", jyj, AppealType.Complaint),
            C("150000", "交通运输"),
            C("150100", "公共交通"),
            C("150101", "公交线路与站点", jtw, AppealType.Suggestion),
        ];
    }
}
