namespace Zhili.Roads.Features.Segments;

/// <summary>R-SCOPE: the places a segment may lie in, from the kernel's units.</summary>
public static class SegmentPlaces
{
    /// <summary>The street (街道 or 乡镇) of that code when its county-level unit is in the urban scope (L3189); otherwise null.</summary>
    public static AdminUnit? StreetOfScope(IAdminUnits units, string? code) =>
        code is { Length: > 0 and <= 20 } && units.Find(code.Trim()) is { } unit && unit.Kind is UnitKind.Street or UnitKind.Township
        && units.CountyLevelOf(unit.Code) is { InUrbanScope: true } ? unit : null;

    /// <summary>The county-level units of the urban scope, in the directory's order.</summary>
    public static IEnumerable<AdminUnit> Districts(IAdminUnits units) => units.All.Where(u => u.Kind.IsCountyLevel() && u.InUrbanScope);

    /// <summary>The streets of the urban scope the reader may register segments on.</summary>
    public static IEnumerable<AdminUnit> Streets(IAdminUnits units) =>
        units.All.Where(u => StreetOfScope(units, u.Code) is not null && DataScope.Current.Covers(u.Code));

    public static IQueryable<RoadSegment> Search(this IQueryable<RoadSegment> query, string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return query;
        }

        var text = q.Trim();
        var code = RoadCodes.Normalize(text);
        return query.Where(s => s.Name.Contains(text) || s.Road.Name.Contains(text) || s.Code.StartsWith(code)
            || s.StartDescription.Contains(text) || s.EndDescription.Contains(text));
    }
}
