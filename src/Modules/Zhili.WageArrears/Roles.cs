namespace Zhili.WageArrears;

/// <summary>The blacklist's permissions (ARCHITECTURE rule 15): who plays which part, at which level.</summary>
public static class Roles
{
    /// <summary>Labour-inspection staff of the city and county bureaus (and the office and administrators), on the cases of their scope.</summary>
    public const string StaffPolicy = "blacklist.staff";

    /// <summary>B-PUB: the city human-resources and social security bureau acknowledges county listings and publishes editions.</summary>
    public const string CityBureauPolicy = "blacklist.city-bureau";

    /// <summary>The city human-resources and social security bureau (市人社局).</summary>
    public const string CityBureau = "410100-RSJ";

    public static readonly string[] Staff = [ZhiliRoles.Department, ZhiliRoles.District, ZhiliRoles.CityOffice, ZhiliRoles.Administrator];

    public static readonly Permission[] All =
    [
        Permission.Unit(StaffPolicy, Staff),
        new(CityBureauPolicy, Reach.City, [ZhiliRoles.Department], [CityBureau]),
    ];

    public static string? Unit(this ClaimsPrincipal user) => user.FindFirst(ZhiliClaims.Unit)?.Value;

    public static string Name(this ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    /// <summary>B-PUB: only the city bureau, acting at the city's level, acknowledges county listings and publishes editions.</summary>
    public static bool IsCityBureau(this ClaimsPrincipal user) => user.Holds(CityBureauPolicy);
}
