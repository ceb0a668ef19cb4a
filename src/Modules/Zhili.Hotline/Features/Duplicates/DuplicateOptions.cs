namespace Zhili.Hotline.Features.Duplicates;

/// <summary>H-FLOW [decision]: when intake suggests that an appeal repeats another (configuration Zhili:Hotline:Duplicates).</summary>
public sealed class DuplicateOptions
{
    public const string Section = "Zhili:Hotline:Duplicates";

    /// <summary>Appeals received within this many days (24-hour periods) of each other may repeat each other.</summary>
    public int WindowDays { get; set; } = 7;

    /// <summary>Appeals of the same category within this distance of each other are at the same place.</summary>
    public int DistanceMeters { get; set; } = 200;
}
