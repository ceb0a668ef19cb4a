namespace Zhili.Kernel.Units;

/// <summary>
/// An administrative unit or city department (K-UNITS). County-level units carry the national administrative
/// division code (410102 中原区); the four zones and the departments carry codes of Zhili's own (see UnitSeed).
/// </summary>
public sealed class AdminUnit : IVersioned
{
    public required string Code { get; init; }

    /// <summary>ARCHITECTURE rule 16: moved by every change of the unit, and when a unit is added under it.</summary>
    public int Version { get; private set; }

    public required string Name { get; set; }

    public required UnitKind Kind { get; init; }

    public string? ParentCode { get; init; }

    /// <summary>K-BLOCKS code for county-level units, otherwise null.</summary>
    public string? BlockCode { get; init; }

    /// <summary>K-UNITS: in the "urban scope" of parking (L1943) and road chief (L3189).</summary>
    public bool InUrbanScope { get; init; }

    /// <summary>Display order within the parent (the gazette's own order for seeded units).</summary>
    public int SortOrder { get; init; }

    /// <summary>True for the seed data shipped with Zhili; false for units an administrator added.</summary>
    public bool Seeded { get; init; }

    public DateTime CreatedAt { get; init; }

    public string? CreatedBy { get; init; }

    public Block? Block => Block.FromCode(BlockCode);
}
