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
        FlagColour.Red => Shops ? FlagTexts.ShopRed : FlagTexts.Red,
        FlagColour.Black => Shops ? FlagTexts.ShopBlack : FlagTexts.Black,
        _ => Shops ? FlagTexts.ShopNone : FlagTexts.None,
    }, Score, Rank, Quota.Evaluated, Quota.Red, Quota.Black);

    public FlagDecision CountDecision =>
        new(Offset ? "R-FLAG-3" : "R-FLAG-2", Offset ? FlagTexts.Offset : FlagTexts.Counts, ConsecutiveBlack, CumulativeBlack);

    public FlagDecision YellowCardDecision => Sanction(YellowCard, ConsecutiveBlack >= 2,
        FlagTexts.YellowCardInARow, FlagTexts.YellowCardInTheYear, FlagTexts.NotBlackNoYellowCard, FlagTexts.NoYellowCard);

    public FlagDecision AccountabilityDecision => Sanction(Accountability, ConsecutiveBlack >= 3,
        FlagTexts.AccountabilityInARow, FlagTexts.AccountabilityInTheYear, FlagTexts.NotBlackNoAccountability, FlagTexts.NoAccountability);

    /// <summary>R-SHOP [decision]: yellow cards and referrals are measures against a road chief (L3369–3375), not shops.</summary>
    private FlagDecision Sanction(bool issued, bool inARow, string byRun, string byYear, string notBlack, string below) =>
        Shops ? new("R-SHOP", FlagTexts.ShopNoSanction)
        : new("R-FLAG-2", issued ? (inARow ? byRun : byYear) : Flag == FlagColour.Black ? below : notBlack, ConsecutiveBlack, CumulativeBlack);

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
