namespace Zhili.Roads.Features.Boards;

/// <summary>One office on the board: level, holder's name and post (public by R-BOARD), office line, duties.</summary>
public sealed record BoardChief(ChiefLevel Level, string LevelName, string Name, string Post, string OfficePhone, string Duty);

/// <summary>
/// R-BOARD: the 道路管理责任公示牌 of a segment (L3207–3221): the segment, its chiefs with name, post, duties and office
/// line, the work content (R-3BAO's three responsibilities), and the board's own address, which its QR code encodes.
/// </summary>
public sealed record BoardDto(
    string Code, string Name, string Road, string District, string Street, string AreaClass, int LengthMetres,
    string StartDescription, string EndDescription, IReadOnlyList<BoardChief> Chiefs, IReadOnlyList<string> WorkContent,
    string Hotline, string Url)
{
    /// <summary>R-3BAO (L3310–3318): what the responsible persons along the segment answer for.</summary>
    public static readonly IReadOnlyList<string> Work =
    [
        "包秩序：无乱停乱放、占道经营、乱堆乱放。",
        "包卫生：无垃圾杂物、污水油渍、积尘，环卫设施完好。",
        "包立面：无破损招牌、乱贴乱画、乱拉乱挂。",
    ];

    /// <summary>Where a citizen reports what the board's chiefs should see to.</summary>
    public const string CityHotline = "12345";
}
