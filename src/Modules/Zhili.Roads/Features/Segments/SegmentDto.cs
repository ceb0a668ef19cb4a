namespace Zhili.Roads.Features.Segments;

/// <summary>R-SCOPE: a segment as staff read it, with the version an edit sends back (rule 16).</summary>
public sealed record SegmentDto(
    string Code, string Name, string Road, string DistrictCode, string DistrictName, string StreetCode, string StreetName,
    AreaClass AreaClass, string AreaClassName, int LengthMetres, string StartDescription, string EndDescription,
    double? StartLatitude, double? StartLongitude, double? EndLatitude, double? EndLongitude, DateOnly? RetiredOn, int Version)
{
    public static SegmentDto From(RoadSegment s, IAdminUnits units) => new(
        s.Code, s.Name, s.Road.Name, s.DistrictCode, UnitName(units, s.DistrictCode), s.UnitCode, UnitName(units, s.UnitCode),
        s.AreaClass, AreaClasses.Text(s.AreaClass), s.LengthMetres, s.StartDescription, s.EndDescription,
        s.StartLatitude, s.StartLongitude, s.EndLatitude, s.EndLongitude, s.RetiredOn, s.Version);

    public static string UnitName(IAdminUnits units, string code) => units.Find(code)?.Name ?? code;
}
