namespace Zhili.Roads.Features.Flags;

/// <summary>One line's outcome of a month's evaluation, with the rule and sentence that decided each part of it.</summary>
public sealed class FlagResult
{
    internal FlagResult(in FlagEntry entry, bool shops)
    {
        Entry = entry;
        Shops = shops;
        Deductions = Deductions.Of(entry);
        Score = Deductions.FullScore - Deductions.Total;
    }

    public FlagEntry Entry { get; }

    public string Code => Entry.Code;

    /// <summary>R-SHOP: a street-front unit or shop ranked within its district, rather than a segment ranked city-wide.</summary>
    public bool Shops { get; }

    public Deductions Deductions { get; }

    /// <summary>R-FLAG-1: 100 − the deductions.</summary>
    public int Score { get; }

    /// <summary>1 = best, in the city (segments) or in the district (R-SHOP).</summary>
    public int Rank { get; private set; }

    public FlagQuota Quota { get; private set; }

    public FlagColour Flag { get; private set; }

    public int ConsecutiveBlack { get; private set; }

    /// <summary>R-FLAG-2/3: black flags of the calendar year, less the offsets.</summary>
    public int CumulativeBlack { get; private set; }

    /// <summary>R-FLAG-3: this month's red followed last month's black and took one off <see cref="CumulativeBlack"/>.</summary>
    public bool Offset { get; private set; }

    /// <summary>R-FLAG-2: this month's black flag is the 2nd in a row or the 3rd of the year.</summary>
    public bool YellowCard { get; private set; }

    /// <summary>R-FLAG-2: this month's black flag is the 3rd in a row or the 4th of the year.</summary>
    public bool Accountability { get; private set; }

    public FlagDecision FlagDecision => new(Shops ? "R-SHOP" : "R-FLAG-1", Flag switch
    {
        FlagColour.Red => Shops ? "得分 {0}，区内第 {1} 名（共 {2} 个沿街单位、门店），列前 {3} 名，评为红旗" : "得分 {0}，全市第 {1} 名（共 {2} 个路段），列前 {3} 名，评为红旗",
        FlagColour.Black => Shops ? "得分 {0}，区内第 {1} 名（共 {2} 个沿街单位、门店），列末 {4} 名，评为黑旗" : "得分 {0}，全市第 {1} 名（共 {2} 个路段），列末 {4} 名，评为黑旗",
        _ => Shops ? "得分 {0}，区内第 {1} 名（共 {2} 个沿街单位、门店），未列前 {3} 名或末 {4} 名，不评旗" : "得分 {0}，全市第 {1} 名（共 {2} 个路段），未列前 {3} 名或末 {4} 名，不评旗",
    }, Score, Rank, Quota.Evaluated, Quota.Red, Quota.Black);

    public FlagDecision CountDecision => Offset
        ? new("R-FLAG-3", "上月黑旗、本月红旗，抵消 1 面黑旗；连续黑旗 {0} 次，本年累计 {1} 面", ConsecutiveBlack, CumulativeBlack)
        : new("R-FLAG-2", "连续黑旗 {0} 次，本年累计 {1} 面", ConsecutiveBlack, CumulativeBlack);

    public FlagDecision YellowCardDecision => Sanction(YellowCard, 2, 3,
        "本月黑旗，连续 {0} 次（满 2 次），对路长黄牌警告", "本月黑旗，本年累计 {1} 面（满 3 面），对路长黄牌警告",
        "本月未评为黑旗，不予黄牌警告", "连续黑旗 {0} 次、本年累计 {1} 面，未达连续 2 次或累计 3 面，不予黄牌警告");

    public FlagDecision AccountabilityDecision => Sanction(Accountability, 3, 4,
        "本月黑旗，连续 {0} 次（满 3 次），由同级监察委对路长启动问责", "本月黑旗，本年累计 {1} 面（满 4 面），由同级监察委对路长启动问责",
        "本月未评为黑旗，不启动问责", "连续黑旗 {0} 次、本年累计 {1} 面，未达连续 3 次或累计 4 面，不启动问责");

    /// <summary>R-SHOP [decision]: yellow cards and referrals are measures against a road chief (L3369–3375), not shops.</summary>
    private FlagDecision Sanction(bool issued, int run, int total, string byRun, string byTotal, string notBlack, string below) =>
        Shops ? new("R-SHOP", "沿街单位、门店的红黑旗评比不对路长黄牌警告或问责")
        : new("R-FLAG-2", issued ? (ConsecutiveBlack >= run ? byRun : byTotal) : Flag == FlagColour.Black ? below : notBlack,
            ConsecutiveBlack, CumulativeBlack);

    /// <summary>
    /// R-FLAG-2 [decision]: every black month that reaches a threshold issues its measure, so a 4th black month in a row
    /// is referred again; a month that is not black issues nothing, whatever its counts.
    /// </summary>
    internal void Place(int month, int rank, FlagQuota quota)
    {
        (Rank, Quota, Flag) = (rank, quota, quota.FlagAt(rank));
        (ConsecutiveBlack, CumulativeBlack, Offset) = Entry.History.CountsAt(month, Flag);
        var black = Flag == FlagColour.Black && !Shops;
        YellowCard = black && (ConsecutiveBlack >= 2 || CumulativeBlack >= 3);
        Accountability = black && (ConsecutiveBlack >= 3 || CumulativeBlack >= 4);
    }
}
