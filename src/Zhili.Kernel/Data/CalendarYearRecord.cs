namespace Zhili.Kernel.Data;

/// <summary>K-YEAR/K-WD-1: a year's holiday arrangement loaded by an administrator; overrides the shipped year.</summary>
public sealed class CalendarYearRecord : IVersioned
{
    public int Year { get; init; }

    /// <summary>ARCHITECTURE rule 16: moved when the year is imported again.</summary>
    public int Version { get; private set; }

    /// <summary>The JSON file as imported (same schema as the shipped data), kept verbatim.</summary>
    public required string Json { get; set; }

    public required string Source { get; set; }

    public DateTime ImportedAt { get; set; }

    public string? ImportedBy { get; set; }
}
