namespace Zhili.Roads;

/// <summary>The road chief system's permissions (ARCHITECTURE rule 15), each at the level of the actor's own unit and below.</summary>
public static class Roles
{
    /// <summary>Reading the registry and the chiefs: the city's fine-management office (市精细办), districts, streets, chiefs, inspectors.</summary>
    public const string ReadPolicy = "roads.read";

    /// <summary>Registering segments and appointing chiefs: a district office (its own), the city office and administrators.</summary>
    public const string ManagePolicy = "roads.manage";

    /// <summary>Logging patrols (R-PATROL): a road chief, and the street or district office for its own segments.</summary>
    public const string PatrolPolicy = "roads.patrol";

    public static readonly string[] Readers =
    [
        ZhiliRoles.CityOffice, ZhiliRoles.District, ZhiliRoles.Street, ZhiliRoles.RoadChief, ZhiliRoles.Inspector,
        ZhiliRoles.Auditor, ZhiliRoles.Administrator,
    ];

    public static readonly string[] Managers = [ZhiliRoles.CityOffice, ZhiliRoles.District, ZhiliRoles.Administrator];

    public static readonly string[] Patrollers = [ZhiliRoles.RoadChief, ZhiliRoles.Street, ZhiliRoles.District, ZhiliRoles.Administrator];

    public static readonly Permission[] All =
        [Permission.Unit(ReadPolicy, Readers), Permission.Unit(ManagePolicy, Managers), Permission.Unit(PatrolPolicy, Patrollers)];

    public static string Name(this ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
