namespace Zhili.Kernel.Units;

/// <summary>K-BLOCKS: the three blocks in which county-level units are ranked (gazette L4554–4575).</summary>
public sealed record Block(string Code, string Name, string NameEn)
{
    public static readonly Block DevelopmentZones = new("zones", "四个开发区", "The four development zones");
    public static readonly Block CountiesAndShangjie = new("counties", "六县（市）、上街区", "Six counties and cities, and Shangjie");
    public static readonly Block UrbanDistricts = new("urban", "市内五区", "The five urban districts");

    public static IReadOnlyList<Block> All { get; } = [DevelopmentZones, CountiesAndShangjie, UrbanDistricts];

    public static Block? FromCode(string? code) => All.FirstOrDefault(b => b.Code == code);
}
