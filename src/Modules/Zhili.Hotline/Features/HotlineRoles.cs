using System.Security.Claims;
using Zhili.BuildingBlocks.Security;

namespace Zhili.Hotline.Features;

/// <summary>The hotline's policies, and which of Zhili's roles (<see cref="ZhiliRoles"/>) play which part in it.</summary>
public static class HotlineRoles
{
    /// <summary>市长电话室: intake, assignment, callback, closure, extension decisions, supervision.</summary>
    public const string OfficePolicy = "hotline.office";

    /// <summary>The office and the handling units (departments, districts, streets).</summary>
    public const string StaffPolicy = "hotline.staff";

    public const string CityOffice = ZhiliRoles.CityOffice;

    public static readonly string[] Staff = [ZhiliRoles.CityOffice, ZhiliRoles.Department, ZhiliRoles.District, ZhiliRoles.Street];

    /// <summary>Only the office sees the caller of a confidential (保密) appeal.</summary>
    public static bool IsOffice(this ClaimsPrincipal user) => user.IsInRole(CityOffice);
}
