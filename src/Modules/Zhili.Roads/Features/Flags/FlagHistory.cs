namespace Zhili.Roads.Features.Flags;

/// <summary>
/// A segment's flags in the months of the year before the one evaluated, as bits (January is bit 0), so that the
/// engine reads them without an allocation. R-FLAG-2 [decision]: the cumulative count runs within a calendar year, so
/// only this year's months are kept; the consecutive count is 连续 in the letter, which knows no year, so the run of
/// black months that ended last December is carried in <see cref="BlackRunBeforeYear"/>.
/// </summary>
public readonly record struct FlagHistory(ushort RedMonths, ushort BlackMonths, int BlackRunBeforeYear = 0)
{
    /// <summary>The year's flags from January on, one per month.</summary>
    public static FlagHistory Of(params ReadOnlySpan<FlagColour> months)
    {
        var history = default(FlagHistory);
        for (var i = 0; i < months.Length; i++)
        {
            history = history.With(i + 1, months[i]);
        }

        return history;
    }

    public FlagColour In(int month) =>
        (BlackMonths >> (month - 1) & 1) != 0 ? FlagColour.Black : (RedMonths >> (month - 1) & 1) != 0 ? FlagColour.Red : FlagColour.None;

    public FlagHistory With(int month, FlagColour flag)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var bit = (ushort)(1 << (month - 1));
        var (red, black) = ((ushort)(RedMonths & ~bit), (ushort)(BlackMonths & ~bit));
        return this with
        {
            RedMonths = flag == FlagColour.Red ? (ushort)(red | bit) : red,
            BlackMonths = flag == FlagColour.Black ? (ushort)(black | bit) : black,
        };
    }

    /// <summary>
    /// The counts after <paramref name="month"/> is given <paramref name="flag"/>; later months of the history are
    /// ignored. R-FLAG-3: a black month followed the next month by a red one takes one black off the cumulative count
    /// (never below 0; a January red offsets nothing, last year's count being closed). A red month clears nothing else:
    /// a yellow card or referral once issued stands.
    /// </summary>
    public (int Consecutive, int Cumulative, bool Offset) CountsAt(int month, FlagColour flag)
    {
        var (cumulative, offset, previous) = (0, false, FlagColour.None);
        for (var m = 1; m <= month; m++)
        {
            var f = m == month ? flag : In(m);
            if (f == FlagColour.Black)
            {
                cumulative++;
            }
            else if (f == FlagColour.Red && previous == FlagColour.Black && cumulative > 0)
            {
                cumulative--;
                offset = m == month;
            }

            previous = f;
        }

        var consecutive = 0;
        for (var m = month; m >= 1 && (m == month ? flag : In(m)) == FlagColour.Black; m--)
        {
            consecutive++;
        }

        return (consecutive == month ? consecutive + BlackRunBeforeYear : consecutive, cumulative, offset);
    }
}
