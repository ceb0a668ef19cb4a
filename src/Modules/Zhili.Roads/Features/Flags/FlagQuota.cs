namespace Zhili.Roads.Features.Flags;

/// <summary>How many of the <see cref="Evaluated"/> lines of one ranking get a red and a black flag.</summary>
public readonly record struct FlagQuota(int Evaluated, int Red, int Black)
{
    /// <summary>
    /// R-FLAG-1: 100 red and 20 black a month (L3366–3367); with fewer than 120 segments ⌊n·100/120⌋ and ⌊n·20/120⌋,
    /// so red and black never overlap.
    /// </summary>
    public static FlagQuota Segments(int n) =>
        new(n, (int)Math.Min(100, n * 100L / 120), (int)Math.Min(20, n * 20L / 120));

    /// <summary>R-SHOP [decision]: 10 % red and 5 % black of a district's street-front units and shops, rounded down.</summary>
    public static FlagQuota Shops(int n) => new(n, (int)(n * 10L / 100), (int)(n * 5L / 100));

    /// <summary>The flag of the line at <paramref name="rank"/> (1 = best).</summary>
    public FlagColour FlagAt(int rank) => rank <= Red ? FlagColour.Red : rank > Evaluated - Black ? FlagColour.Black : FlagColour.None;
}
