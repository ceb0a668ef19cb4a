namespace Zhili.Kernel.Units;

/// <summary>What kind of administrative unit (K-UNITS). Stored by name, so the order may grow.</summary>
public enum UnitKind
{
    City,
    District,
    CountyCity,
    County,
    DevelopmentZone,
    Department,
    Street,
    Township,
}

public static class UnitKinds
{
    /// <summary>County-level units: the ones ranked in blocks and the parents of streets and townships.</summary>
    public static bool IsCountyLevel(this UnitKind kind) =>
        kind is UnitKind.District or UnitKind.CountyCity or UnitKind.County or UnitKind.DevelopmentZone;

    public static bool IsStreetLevel(this UnitKind kind) => kind is UnitKind.Street or UnitKind.Township;

    public static string ChineseName(this UnitKind kind) => kind switch
    {
        UnitKind.City => "市",
        UnitKind.District => "区",
        UnitKind.CountyCity => "县级市",
        UnitKind.County => "县",
        UnitKind.DevelopmentZone => "开发区",
        UnitKind.Department => "市直部门",
        UnitKind.Street => "街道",
        UnitKind.Township => "乡镇",
        _ => kind.ToString(),
    };
}
