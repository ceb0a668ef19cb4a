namespace Zhili.Hotline.Domain.Bulletins;

/// <summary>Bulletin settings (configuration Zhili:Hotline:Bulletins).</summary>
public sealed class BulletinOptions
{
    public const string Section = "Zhili:Hotline:Bulletins";

    /// <summary>H-TALK [decision on "两次以上"]: criticisms of a unit within one calendar year that raise an interview proposal.</summary>
    public int InterviewThreshold { get; set; } = 2;

    /// <summary>H-BUL: hot spots (categories, places) listed per bulletin.</summary>
    public int HotSpots { get; set; } = 10;
}
