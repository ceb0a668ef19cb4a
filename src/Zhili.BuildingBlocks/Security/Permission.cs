using System.Security.Claims;

namespace Zhili.BuildingBlocks.Security;

/// <summary>The level at which a permission applies (ARCHITECTURE rule 15).</summary>
public enum Reach
{
    /// <summary>The actor's own unit and the units under it: its records are those of its data scope.</summary>
    Unit,

    /// <summary>The whole city: only an actor of a city-level unit (the city itself or a city department) holds it.</summary>
    City,
}

/// <summary>
/// What an actor may do, held by people in one of <see cref="Roles"/> at the level of <see cref="Reach"/> and, when
/// <see cref="Units"/> is given, only by people of those units (the city bureau of human resources, B-PUB). A role
/// alone never grants a city-wide act. Registered as the authorization policy <see cref="Name"/>
/// (<see cref="PermissionRegistration.AddPermissions"/>), so that endpoints, pages and job triggers check it the same way.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A permission of the authorization model, not a code-access permission.")]
public sealed record Permission(string Name, Reach Reach, IReadOnlyList<string> Roles, IReadOnlyList<string>? Units = null)
    : IAuthorizationRequirement
{
    public static Permission City(string name, params string[] roles) => new(name, Reach.City, roles);

    public static Permission Unit(string name, params string[] roles) => new(name, Reach.Unit, roles);

    public bool IsHeldBy(ClaimsPrincipal user, DataScope scope) =>
        user.Identity?.IsAuthenticated == true
        && Roles.Any(user.IsInRole)
        && (Reach == Reach.Unit || scope.IsCityLevel)
        && (Units is null || Units.Contains(user.FindFirst(ZhiliClaims.Unit)?.Value ?? ""));
}
