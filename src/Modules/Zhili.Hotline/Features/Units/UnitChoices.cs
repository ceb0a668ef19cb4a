namespace Zhili.Hotline.Features.Units;

/// <summary>A unit as a picker offers it.</summary>
public sealed record UnitChoice(string Code, string Name, string Kind);

/// <summary>
/// The units a reader may hand an appeal to (H-FLOW): the office assigns to the county-level units and the city
/// departments; a county-level unit passes down to its own streets and townships; other units hand nothing on.
/// </summary>
public sealed class UnitChoices(IAdminUnits units)
{
    public IReadOnlyList<AdminUnit> Assignable(ClaimsPrincipal user)
    {
        if (user.IsOffice())
        {
            return units.All.Where(u => (u.Kind.IsCountyLevel() || u.Kind == UnitKind.Department) && u.Code != Appeal.OfficeUnit)
                .OrderBy(u => u.Kind.IsCountyLevel() ? 0 : 1).ThenBy(u => u.SortOrder).ThenBy(u => u.Code, StringComparer.Ordinal).ToList();
        }

        var own = user.FindFirst(ZhiliClaims.Unit)?.Value is { } code ? units.Find(code) : null;
        return own is { } unit && unit.Kind.IsCountyLevel()
            ? units.Under(unit.Code).Where(u => u.Kind.IsStreetLevel()).ToList()
            : [];
    }

    /// <summary>The choices whose name or code holds the filter text (all of them without one).</summary>
    public IReadOnlyList<UnitChoice> Find(ClaimsPrincipal user, string? q) => Assignable(user)
        .Where(u => string.IsNullOrWhiteSpace(q) || u.Name.Contains(q.Trim(), StringComparison.Ordinal)
            || u.Code.StartsWith(q.Trim(), StringComparison.OrdinalIgnoreCase))
        .Select(u => new UnitChoice(u.Code, u.Name, u.Kind.ChineseName())).ToList();
}
