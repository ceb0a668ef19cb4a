namespace Zhili.Roads.Pages.Roads.Segments;

/// <summary>The segment form of the new and edit pages (R-SCOPE): what staff typed, as the API's request.</summary>
public sealed class SegmentForm : IForm<SegmentRequest>
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? RoadName { get; set; }

    public string? StreetCode { get; set; }

    public AreaClass? AreaClass { get; set; }

    public int? LengthMetres { get; set; }

    public string? StartDescription { get; set; }

    public string? EndDescription { get; set; }

    public double? StartLatitude { get; set; }

    public double? StartLongitude { get; set; }

    public double? EndLatitude { get; set; }

    public double? EndLongitude { get; set; }

    public int? Version { get; set; }

    public SegmentRequest ToCommand() => new(Code, Name, RoadName, StreetCode, AreaClass, LengthMetres, StartDescription, EndDescription,
        StartLatitude, StartLongitude, EndLatitude, EndLongitude, Version);

    public static SegmentForm Of(RoadSegment s) => new()
    {
        Code = s.Code, Name = s.Name, RoadName = s.Road.Name, StreetCode = s.UnitCode, AreaClass = s.AreaClass, LengthMetres = s.LengthMetres,
        StartDescription = s.StartDescription, EndDescription = s.EndDescription, StartLatitude = s.StartLatitude,
        StartLongitude = s.StartLongitude, EndLatitude = s.EndLatitude, EndLongitude = s.EndLongitude, Version = s.Version,
    };
}

/// <summary>A page that shows the segment form (<c>_SegmentFields</c>): the new page, and a segment's own page for its edit.</summary>
public interface ISegmentFormPage
{
    SegmentForm Input { get; }

    /// <summary>The streets of the urban scope in the reader's scope.</summary>
    IEnumerable<AdminUnit> Streets { get; }

    bool IsNew { get; }
}
