namespace Zhili.Roads.Tests;

/// <summary>The people and segments the tests use: 金水区 (410105) is district A, 二七区 (410103) district B.</summary>
public static class Sample
{
    public const string JingbaluStreet = "410105001";
    public const string HuayuanluStreet = "410105002";
    public const string HuaihelStreet = "410103001";

    public const string CityOffice = "c.jxb;city-office;410100-JXB";
    public const string Jinshui = "js.office;district;410105";
    public const string Erqi = "eq.office;district;410103";
    public const string JinshuiChief = "js.chief;road-chief;410105002";
    public const string ErqiChief = "eq.chief;road-chief;410103001";
    public const string ErqiInspector = "eq.inspector;inspector;410103";

    public const string Segments = "/api/v1/roads/segments";
    public const string Chiefs = "/api/v1/roads/chiefs";

    public static readonly DateOnly Today = DateOnly.FromDateTime(ZhiliFactory.DefaultNow.UtcDateTime);

    public static Dictionary<string, object?> Segment(string code, string street = HuayuanluStreet, string road = "花园路") => new()
    {
        ["code"] = code, ["name"] = $"{road}（农业路—东风路）", ["roadName"] = road, ["streetCode"] = street, ["areaClass"] = "Key",
        ["lengthMetres"] = 1450, ["startDescription"] = "农业路口", ["endDescription"] = "东风路口",
        ["startLatitude"] = 34.7748, ["startLongitude"] = 113.6854, ["endLatitude"] = 34.7878, ["endLongitude"] = 113.6855,
    };

    public static object Appoint(string level, string place, string name, DateOnly from, int? version = null, string phone = "0371-63940001") =>
        new { level, place, holderName = name, post = "花园路街道办事处副主任", officePhone = phone, firstDay = from, version };
}
