namespace Zhili.Roads.Features.Flags;

/// <summary>
/// The sentences of <see cref="FlagDecision"/>: Chinese, each the key of its English in texts.en.json. The numbers are
/// {0} score, {1} rank, {2} lines ranked, {3} red, {4} black for a flag; {0} in a row, {1} this year for the counts.
/// </summary>
public static class FlagTexts
{
    public const string Red = "得分 {0}，全市第 {1} 名（共 {2} 个路段），列前 {3} 名，评为红旗";
    public const string Black = "得分 {0}，全市第 {1} 名（共 {2} 个路段），列末 {4} 名，评为黑旗";
    public const string None = "得分 {0}，全市第 {1} 名（共 {2} 个路段），未列前 {3} 名或末 {4} 名，不评旗";
    public const string ShopRed = "得分 {0}，区内第 {1} 名（共 {2} 个沿街单位、门店），列前 {3} 名，评为红旗";
    public const string ShopBlack = "得分 {0}，区内第 {1} 名（共 {2} 个沿街单位、门店），列末 {4} 名，评为黑旗";
    public const string ShopNone = "得分 {0}，区内第 {1} 名（共 {2} 个沿街单位、门店），未列前 {3} 名或末 {4} 名，不评旗";

    public const string Counts = "连续黑旗 {0} 次，本年累计 {1} 面";
    public const string Offset = "上月黑旗、本月红旗，抵消 1 面黑旗；连续黑旗 {0} 次，本年累计 {1} 面";

    public const string YellowCardInARow = "本月黑旗，连续 {0} 次（满 2 次），对路长黄牌警告";
    public const string YellowCardInTheYear = "本月黑旗，本年累计 {1} 面（满 3 面），对路长黄牌警告";
    public const string NoYellowCard = "连续黑旗 {0} 次、本年累计 {1} 面，未达连续 2 次或累计 3 面，不予黄牌警告";
    public const string NotBlackNoYellowCard = "本月未评为黑旗，不予黄牌警告";

    public const string AccountabilityInARow = "本月黑旗，连续 {0} 次（满 3 次），由同级监察委对路长启动问责";
    public const string AccountabilityInTheYear = "本月黑旗，本年累计 {1} 面（满 4 面），由同级监察委对路长启动问责";
    public const string NoAccountability = "连续黑旗 {0} 次、本年累计 {1} 面，未达连续 3 次或累计 4 面，不启动问责";
    public const string NotBlackNoAccountability = "本月未评为黑旗，不启动问责";

    public const string ShopNoSanction = "沿街单位、门店的红黑旗评比不对路长黄牌警告或问责";

    /// <summary>Every sentence, for the check that each has its English.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Red, Black, None, ShopRed, ShopBlack, ShopNone, Counts, Offset, YellowCardInARow, YellowCardInTheYear, NoYellowCard,
        NotBlackNoYellowCard, AccountabilityInARow, AccountabilityInTheYear, NoAccountability, NotBlackNoAccountability, ShopNoSanction,
    ];
}
