namespace Zhili.Hotline;

/// <summary>The hotline's permissions (ARCHITECTURE rule 15): who plays which part, at which level.</summary>
public static class HotlineRoles
{
    /// <summary>市长电话室: intake, assignment, callback, closure, extension decisions, supervision — the whole city.</summary>
    public const string OfficePolicy = "hotline.office";

    /// <summary>The office and the handling units (departments, districts, streets), each on the appeals of its scope.</summary>
    public const string StaffPolicy = "hotline.staff";

    /// <summary>A handling unit answering its supervision (H-FORM-2, H-FORM-5), on the cases of its scope.</summary>
    public const string UnitPolicy = "hotline.unit";

    public static readonly string[] Staff = [ZhiliRoles.CityOffice, ZhiliRoles.Department, ZhiliRoles.District, ZhiliRoles.Street];

    public static readonly string[] UnitRoles = [ZhiliRoles.Department, ZhiliRoles.District, ZhiliRoles.Street];

    public static readonly Permission[] All =
    [
        Permission.City(OfficePolicy, ZhiliRoles.CityOffice),
        Permission.Unit(StaffPolicy, Staff),
        Permission.Unit(UnitPolicy, UnitRoles),
    ];

    /// <summary>The office at the city's level: only it sees the caller of a confidential (保密) appeal.</summary>
    public static bool IsOffice(this ClaimsPrincipal user) => user.Holds(OfficePolicy);
}
