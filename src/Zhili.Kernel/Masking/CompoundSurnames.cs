namespace Zhili.Kernel.Masking;

/// <summary>Two-character Chinese surnames (复姓) that <see cref="Mask.Name"/> keeps whole (K-MASK).</summary>
public static class CompoundSurnames
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
        "宇文", "司徒", "夏侯", "轩辕", "令狐", "钟离", "端木", "澹台", "西门", "南宫",
        "独孤", "百里", "呼延", "万俟", "闻人", "申屠", "淳于", "单于", "濮阳", "赫连",
        "拓跋", "宗政", "司空", "太史", "公冶", "仲孙", "东郭", "左丘", "谷梁", "亓官",
        "巫马", "羊舌", "微生", "梁丘", "公西", "乐正", "漆雕", "段干", "鲜于", "闾丘",
        "公羊", "司寇", "子车", "颛孙", "第五",
    };

    /// <summary>The known compound surnames.</summary>
    public static IReadOnlyCollection<string> All => Known;

    /// <summary>Whether <paramref name="surname"/> is a known two-character surname.</summary>
    public static bool Contains(string surname) => Known.Contains(surname);
}
