using System.Security.Claims;

namespace Zhili.WageArrears.Features;

/// <summary>Role and unit names this module relies on (the identity module's values; a module may not reference it).</summary>
public static class Roles
{
    public const string StaffPolicy = "blacklist.staff";

    public const string Department = "department";

    public const string District = "district";

    public const string CityOffice = "city-office";

    public const string Admin = "admin";

    /// <summary>The city human-resources and social security bureau (市人社局).</summary>
    public const string CityBureau = "410100-RSJ";

    public const string UnitClaim = "zhili:unit";

    public static string? Unit(this ClaimsPrincipal user) => user.FindFirst(UnitClaim)?.Value;

    public static string Name(this ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    /// <summary>B-PUB: only the city bureau (or a city-wide role) acknowledges county listings and publishes editions.</summary>
    public static bool IsCityBureau(this ClaimsPrincipal user) =>
        user.IsInRole(CityOffice) || user.IsInRole(Admin) || (user.IsInRole(Department) && user.Unit() == CityBureau);
}
