using System.Security.Claims;

namespace Zhili.Hotline.Features;

/// <summary>Role names and policies of the hotline (the identity module's role values; a module may not reference it).</summary>
public static class HotlineRoles
{
    /// <summary>市长电话室: intake, assignment, callback, closure, extension decisions, supervision.</summary>
    public const string OfficePolicy = "hotline.office";

    /// <summary>The office and the handling units (departments, districts, streets).</summary>
    public const string StaffPolicy = "hotline.staff";

    public const string CityOffice = "city-office";

    public static readonly string[] Staff = [CityOffice, "department", "district", "street"];

    /// <summary>Only the office sees the caller of a confidential (保密) appeal.</summary>
    public static bool IsOffice(this ClaimsPrincipal user) => user.IsInRole(CityOffice);
}
