namespace Zhili.Roads.Features.Chiefs;

public sealed record TermDto(string HolderName, string Post, string OfficePhone, DateOnly FirstDay, DateOnly? LastDay);

/// <summary>R-CHIEF: an office with its current holder and every term, oldest first.</summary>
public sealed record ChiefDto(int Id, ChiefLevel Level, string LevelName, string Place, string PlaceName, string UnitCode, TermDto? Current, IReadOnlyList<TermDto> Terms, int Version)
{
    public static ChiefDto From(RoadChief c, string placeName) => new(
        c.Id, c.Level, ChiefLevels.Text(c.Level), c.Place, placeName, c.UnitCode, c.Current is { } t ? Term(t) : null,
        c.Terms.OrderBy(t => t.FirstDay).Select(Term).ToList(), c.Version);

    public static TermDto Term(ChiefTerm t) => new(t.HolderName, t.Post, t.OfficePhone, t.FirstDay, t.LastDay);
}

public static class ChiefLevels
{
    public static string Text(ChiefLevel level) => level switch
    {
        ChiefLevel.General => "总路长",
        ChiefLevel.Deputy => "副总路长",
        ChiefLevel.First => "一级路长",
        _ => "二级路长",
    };

    /// <summary>R-CHIEF (L3286–3306): what each level is responsible for, as the board states it.</summary>
    public static string Duty(ChiefLevel level) => level switch
    {
        ChiefLevel.General => "负责辖区“路长制”工作的组织领导、统筹协调和监督指导。",
        ChiefLevel.Deputy => "牵头召开每月“路长制”工作会议，负责辖区“路长制”工作机制的建立和监督运行。",
        ChiefLevel.First => "负责落实所分包街道（乡镇）和社区“路长制”工作的开展。",
        _ => "负责划定市容和环境卫生责任区域并落实责任；发现和督促解决路段内的城市管理问题；负责路段的巡查检查和宣传；重大突出问题向区政府报告。",
    };
}
