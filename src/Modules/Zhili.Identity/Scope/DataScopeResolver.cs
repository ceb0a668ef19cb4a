using System.Security.Claims;
using Zhili.BuildingBlocks.Security;
using Zhili.Identity.Domain;
using Zhili.Kernel.Units;

namespace Zhili.Identity.Scope;

/// <summary>
/// The data scope of a signed-in person: city roles and people of the city unit see every unit; everyone else sees
/// their own unit and every unit under it. An auditor (with no other role) reads everything and changes nothing.
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
        if (roles.Any(ZhiliRoles.IsCityWide) || unit == UnitSeed.CityCode)
        {
            return DataScope.Everything(canWrite);
        }

        return DataScope.For(units.Under(unit).Select(u => u.Code).Prepend(unit), canWrite);
    }
}
