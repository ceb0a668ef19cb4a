namespace Zhili.Kernel.Units;

/// <summary>The directory as every module reads it (K-UNITS, K-BLOCKS): a snapshot in memory, reloaded on change.</summary>
public interface IAdminUnits
{
    IReadOnlyList<AdminUnit> All { get; }

    /// <summary>The unit with that code; throws <see cref="KeyNotFoundException"/> for an unknown code.</summary>
    AdminUnit Get(string code);

    AdminUnit? Find(string code);

    /// <summary>Every unit below the given one, at any depth (not the unit itself), in display order.</summary>
    IReadOnlyList<AdminUnit> Under(string code);

    /// <summary>The block of the county-level unit that holds this unit; null for the city and departments.</summary>
    Block? BlockOf(string code);

    /// <summary>The county-level unit that holds this unit (itself if county-level); null otherwise.</summary>
    AdminUnit? CountyLevelOf(string code);
}
