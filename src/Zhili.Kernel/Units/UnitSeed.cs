namespace Zhili.Kernel.Units;

/// <summary>
/// K-UNITS seed data. County-level units use the national administrative division codes (GB/T 2260).
/// The four development zones have no county code of their own in the gazette's time, so Zhili gives them stable
/// codes of its own, 4101D1–4101D4 ("D" for development zone, never used by GB/T 2260); city departments get
/// 410100-&lt;pinyin initials&gt;. These codes never change once shipped: records in every module refer to them.
/// </summary>
public static class UnitSeed
{
    public const string CityCode = "410100";

    public static IReadOnlyList<AdminUnit> All { get; } = Build();

    private static List<AdminUnit> Build()
    {
        var order = 0;
        AdminUnit Unit(string code, string name, UnitKind kind, string? parent, Block? block = null, bool urban = false) => new()
        {
            Code = code, Name = name, Kind = kind, ParentCode = parent, BlockCode = block?.Code,
            InUrbanScope = urban, SortOrder = ++order, Seeded = true,
        };
        AdminUnit Dept(string initials, string name, string? parent = null) =>
            Unit($"{CityCode}-{initials}", name, UnitKind.Department, parent ?? CityCode);

        var urban = Block.UrbanDistricts;
        var counties = Block.CountiesAndShangjie;
        var zones = Block.DevelopmentZones;
        return
        [
            Unit(CityCode, "郑州市", UnitKind.City, null),
            // K-BLOCKS: the five urban districts (also the urban scope of K-UNITS).
            Unit("410102", "中原区", UnitKind.District, CityCode, urban, urban: true),
            Unit("410103", "二七区", UnitKind.District, CityCode, urban, urban: true),
            Unit("410104", "管城回族区", UnitKind.District, CityCode, urban, urban: true),
            Unit("410105", "金水区", UnitKind.District, CityCode, urban, urban: true),
            Unit("410108", "惠济区", UnitKind.District, CityCode, urban, urban: true),
            // K-BLOCKS: six counties and county-level cities, plus 上街区.
            Unit("410106", "上街区", UnitKind.District, CityCode, counties),
            Unit("410181", "巩义市", UnitKind.CountyCity, CityCode, counties),
            Unit("410182", "荥阳市", UnitKind.CountyCity, CityCode, counties),
            Unit("410183", "新密市", UnitKind.CountyCity, CityCode, counties),
            Unit("410184", "新郑市", UnitKind.CountyCity, CityCode, counties),
            Unit("410185", "登封市", UnitKind.CountyCity, CityCode, counties),
            Unit("410122", "中牟县", UnitKind.County, CityCode, counties),
            // K-BLOCKS: the four development zones (codes of Zhili's own, see above).
            Unit("4101D1", "郑东新区", UnitKind.DevelopmentZone, CityCode, zones, urban: true),
            Unit("4101D2", "郑州航空港经济综合实验区", UnitKind.DevelopmentZone, CityCode, zones, urban: true),
            Unit("4101D3", "郑州经济开发区", UnitKind.DevelopmentZone, CityCode, zones, urban: true),
            Unit("4101D4", "郑州高新区", UnitKind.DevelopmentZone, CityCode, zones, urban: true),
            // City departments named in the gazette.
            Dept("BGT", "市政府办公厅"),
            Dept("SZDHS", "市长电话室", $"{CityCode}-BGT"),
            Dept("JXB", "市精细办"),
            Dept("MZJ", "市民政局"),
            Dept("CGJ", "市城管局"),
            Dept("TCGLZX", "市停车场管理中心", $"{CityCode}-CGJ"),
            Dept("RSJ", "市人社局"),
            Dept("WJW", "市卫计委"),
            Dept("CZJ", "市财政局"),
            Dept("JYJ", "市教育局"),
            Dept("GAJ", "市公安局"),
            Dept("JTW", "市交通委"),
            Dept("FGW", "市发展改革委"),
            Dept("GTZYJ", "市国土资源局"),
            Dept("GHJ", "市规划局"),
            Dept("CJW", "市城乡建设委"),
            Dept("SWJ", "市水务局"),
            Dept("HBJ", "市环保局"),
            Dept("ZJJ", "市质监局"),
            Dept("GXW", "市工业和信息化委"),
            Dept("SWUJ", "市商务局"),
            Dept("WJJ", "市物价局"),
            Dept("TJJ", "市统计局"),
            Dept("SFJ", "市司法局"),
            Dept("GSJ", "市工商局"),
            Dept("SYJJ", "市食药监局"),
            Dept("LYJ", "市旅游局"),
            Dept("NW", "市农委"),
            Dept("KJJ", "市科技局"),
            Dept("WGXJ", "市文广新局"),
            Dept("WWJ", "市文物局"),
            Dept("YLJ", "市园林局"),
            Dept("BB", "市机构编制委"),
            Dept("FZB", "市法制办"),
            Dept("SZB", "市数字办"),
            Dept("JRB", "市政府金融办"),
            Dept("XFZD", "市消防支队"),
        ];
    }
}
