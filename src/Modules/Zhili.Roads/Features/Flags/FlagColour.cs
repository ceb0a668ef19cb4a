namespace Zhili.Roads.Features.Flags;

/// <summary>R-FLAG-1: a month's flag for a segment (or, R-SHOP, a street-front unit or shop).</summary>
public enum FlagColour : byte
{
    /// <summary>Neither among the best nor among the worst of the month.</summary>
    None = 0,

    /// <summary>红旗.</summary>
    Red = 1,

    /// <summary>黑旗.</summary>
    Black = 2,
}
