namespace Zhili.BuildingBlocks.Security;

/// <summary>The roles of Zhili (one list for every module; the identity module stores them). City roles see every unit; the others see their own unit and the units under it.</summary>
public static class ZhiliRoles
{
    /// <summary>市长电话室 / 市精细办: city-wide supervision.</summary>
    public const string CityOffice = "city-office";

    /// <summary>City department staff.</summary>
    public const string Department = "department";

    /// <summary>District, county or zone staff.</summary>
    public const string District = "district";

    /// <summary>Street or township staff.</summary>
    public const string Street = "street";

    public const string RoadChief = "road-chief";

    public const string Inspector = "inspector";

    /// <summary>Reads everything, changes nothing.</summary>
    public const string Auditor = Policies.AuditorRole;

    /// <summary>Manages users, keys, the directory and the calendar (within its unit's scope).</summary>
    public const string Administrator = Policies.AdministratorRole;

    public static IReadOnlyList<(string Role, string Name)> All { get; } =
    [
        (CityOffice, "市级督办（市长电话室、市精细办）"),
        (Department, "市直部门工作人员"),
        (District, "区县（开发区）工作人员"),
        (Street, "街道（乡镇）工作人员"),
        (RoadChief, "路长"),
        (Inspector, "巡查员"),
        (Auditor, "审计（只读）"),
        (Administrator, "系统管理员"),
    ];

    /// <summary>Roles that see every unit's data whatever their own unit.</summary>
    public static bool IsCityWide(string role) => role is CityOffice or Auditor;
}
