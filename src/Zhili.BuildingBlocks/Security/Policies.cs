namespace Zhili.BuildingBlocks.Security;

/// <summary>The permissions of the platform itself (ARCHITECTURE rule 15); each module declares its own beside its code.</summary>
public static class Policies
{
    /// <summary>Administrators of their unit and the units under it: users, streets under their county.</summary>
    public const string Administrator = "zhili.admin";

    /// <summary>Administrators of the city: the calendar, partner keys, jobs, the gazette.</summary>
    public const string CityAdministrator = "zhili.admin.city";

    /// <summary>Auditors (and administrators) of their unit and the units under it: the audit trail of their records.</summary>
    public const string Auditor = "zhili.auditor";

    /// <summary>Verifying and exporting the whole chain: a city-level auditor or administrator.</summary>
    public const string CityAuditor = "zhili.auditor.city";

    public const string AdministratorRole = "admin";

    public const string AuditorRole = "auditor";

    public static readonly Permission[] All =
    [
        Permission.Unit(Administrator, AdministratorRole),
        Permission.City(CityAdministrator, AdministratorRole),
        Permission.Unit(Auditor, AuditorRole, AdministratorRole),
        Permission.City(CityAuditor, AuditorRole, AdministratorRole),
    ];
}
