namespace Zhili.Identity.Scope;

/// <summary>
/// The data scope of a signed-in person (ARCHITECTURE rule 15): the level of the unit they act for decides. A person of a
/// city-level unit (the city or a city department) acts at the city's level; of those, the city's own staff and the city
/// roles (the office, the auditor) see every unit. Everyone else sees their own unit and every unit under it — a city
/// role held at a district reads that district only. An auditor (with no other role) reads and changes nothing.
/// </summary>
public sealed class DataScopeResolver(IAdminUnits units)
{
    public DataScope Resolve(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || user.FindFirst(ZhiliClaims.Unit)?.Value is not { Length: > 0 } unit)
        {
            return DataScope.Unrestricted;
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var canWrite = !(roles.Count > 0 && roles.All(r => r == ZhiliRoles.Auditor));
        var cityLevel = units.Find(unit)?.Kind is UnitKind.City or UnitKind.Department;
        if (cityLevel && (unit == UnitSeed.CityCode || roles.Any(ZhiliRoles.IsCityWide)))
        {
            return DataScope.Everything(canWrite);
        }

        return DataScope.For(units.Under(unit).Select(u => u.Code).Prepend(unit), canWrite, cityLevel);
    }
}
