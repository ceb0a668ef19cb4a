namespace Zhili.Roads.Features.StreetProblems;

/// <summary>R-LOOP: who moves a problem round the loop (ARCHITECTURE rule 15), each at the level of the actor's unit and below.</summary>
public static class ProblemRoles
{
    /// <summary>问题发现、上报: an inspector, a road chief, street or district staff (and the city office, which also patrols).</summary>
    public const string ReportPolicy = "roads.problems.report";

    /// <summary>立案: the street or the district registers the problem.</summary>
    public const string FilePolicy = "roads.problems.file";

    /// <summary>处理: the street puts it right; the district for what was reported up to it.</summary>
    public const string HandlePolicy = "roads.problems.handle";

    /// <summary>复查: an inspector or the district re-inspects (the city office too).</summary>
    public const string RecheckPolicy = "roads.problems.recheck";

    private const string Admin = ZhiliRoles.Administrator;

    public static readonly Permission[] All =
    [
        Permission.Unit(ReportPolicy, ZhiliRoles.Inspector, ZhiliRoles.RoadChief, ZhiliRoles.Street, ZhiliRoles.District, ZhiliRoles.CityOffice, Admin),
        Permission.Unit(FilePolicy, ZhiliRoles.Street, ZhiliRoles.District, Admin),
        Permission.Unit(HandlePolicy, ZhiliRoles.Street, ZhiliRoles.District, Admin),
        Permission.Unit(RecheckPolicy, ZhiliRoles.Inspector, ZhiliRoles.District, ZhiliRoles.CityOffice, Admin),
    ];
}
