using System.Security.Claims;
using Zhili.BuildingBlocks.Security;

namespace Zhili.WageArrears.Features;

/// <summary>The blacklist's policy, and which of Zhili's roles (<see cref="ZhiliRoles"/>) and units play which part in it.</summary>
public static class Roles
{
    public const string StaffPolicy = "blacklist.staff";

    public const string Department = ZhiliRoles.Department;

    public const string District = ZhiliRoles.District;

    public const string CityOffice = ZhiliRoles.CityOffice;

    public const string Admin = ZhiliRoles.Administrator;

    /// <summary>The roles that work on cases (labour-inspection staff of the city and county bureaus, the city office, admins).</summary>
    public static readonly string[] Staff = [Department, District, CityOffice, Admin];

    /// <summary>The city human-resources and social security bureau (市人社局).</summary>
    public const string CityBureau = "410100-RSJ";

    public const string UnitClaim = ZhiliClaims.Unit;

    public static string? Unit(this ClaimsPrincipal user) => user.FindFirst(UnitClaim)?.Value;

    public static string Name(this ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    /// <summary>B-PUB: only the city bureau (or a city-wide role) acknowledges county listings and publishes editions.</summary>
    public static bool IsCityBureau(this ClaimsPrincipal user) =>
        user.IsInRole(CityOffice) || user.IsInRole(Admin) || (user.IsInRole(Department) && user.Unit() == CityBureau);
}
