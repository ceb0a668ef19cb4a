namespace Zhili.Roads.Domain;

/// <summary>
/// R-PATROL: one patrol of a segment, logged by a chief (or their street or district) from the street. It belongs to the
/// office of the level it was made for and to the holder of that office at the time (R-CHIEF), so a later change of
/// holder leaves it with the person who walked the road. Patrols are not edited: a wrong one is logged again.
/// </summary>
public sealed class Patrol : IUnitScoped
{
    public const int FindingsLength = 1000;

    public int Id { get; private set; }

    public int SegmentId { get; init; }

    public required string SegmentCode { get; init; }

    /// <summary>The segment's street: the street, its district and the city see the patrol.</summary>
    public required string UnitCode { get; init; }

    public ChiefLevel Level { get; init; }

    public int ChiefId { get; init; }

    /// <summary>The term of the holder in office at <see cref="At"/>; compliance counts a holder's own patrols only.</summary>
    public int TermId { get; init; }

    public required string HolderName { get; init; }

    /// <summary>When the patrol was made (UTC).</summary>
    public DateTime At { get; init; }

    /// <summary>The Shanghai calendar day of <see cref="At"/>: the duty is counted by day (R-PATROL).</summary>
    public DateOnly Day { get; init; }

    public string? Findings { get; init; }

    public bool HasPhoto { get; init; }

    /// <summary>Saved with the patrol; never loaded with a list.</summary>
    public PatrolPhoto? Photo { get; init; }

    public required string LoggedBy { get; init; }

    public DateTime LoggedAt { get; init; }
}

/// <summary>
/// A patrol's photo, kept in the database beside the patrol (not under the app's data folder): every node of the app
/// reads it, the backup of the database holds it, and the data scope that hides a patrol hides its photo too.
/// </summary>
public sealed class PatrolPhoto : IUnitScoped
{
    public int PatrolId { get; init; }

    public required string UnitCode { get; init; }

    public required string ContentType { get; init; }

    public required byte[] Bytes { get; init; }
}
