namespace Zhili.Roads.Domain;

/// <summary>
/// R-SCOPE: a segment of a road, the unit of the road chief system (one 二级路长, one public board, later its patrols,
/// problems and monthly flags). It belongs to its street (<see cref="UnitCode"/>), so the street, its district and the
/// city see it. Coordinates are WGS-84 (as the hotline's); a map that draws GCJ-02 converts when it draws.
/// </summary>
public sealed class RoadSegment : IUnitScoped, IVersioned
{
    public int Id { get; private set; }

    /// <summary>ARCHITECTURE rule 16: moved by every change of the segment.</summary>
    public int Version { get; private set; }

    /// <summary>Unique and never changed: the public board's address and its QR code carry it (R-BOARD).</summary>
    public required string Code { get; init; }

    public required string Name { get; set; }

    public int RoadId { get; set; }

    public Road Road { get; set; } = null!;

    /// <summary>The county-level unit holding <see cref="UnitCode"/>.</summary>
    public required string DistrictCode { get; init; }

    /// <summary>The street (街道) office the segment belongs to; within <see cref="DistrictCode"/>.</summary>
    public required string UnitCode { get; set; }

    public AreaClass AreaClass { get; set; }

    public int LengthMetres { get; set; }

    public required string StartDescription { get; set; }

    public required string EndDescription { get; set; }

    public double? StartLatitude { get; set; }

    public double? StartLongitude { get; set; }

    public double? EndLatitude { get; set; }

    public double? EndLongitude { get; set; }

    /// <summary>The day the segment left the assessment scope; a retired segment keeps its history but has no public board.</summary>
    public DateOnly? RetiredOn { get; private set; }

    public void Retire(DateOnly on)
    {
        if (RetiredOn is not null)
        {
            throw new RuleViolationException("code", $"路段 {Code} 已于 {RetiredOn:yyyy-MM-dd} 撤销", "R-SCOPE");
        }

        RetiredOn = on;
    }
}
