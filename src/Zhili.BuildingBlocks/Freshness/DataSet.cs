namespace Zhili.BuildingBlocks.Freshness;

/// <summary>
/// Database state that app nodes keep a copy of (ARCHITECTURE rule 18), named module-first ("kernel.units"), with the
/// entity types whose saves change it. A versioned set has a stamp row moved in the saving transaction; a signal-only
/// set (changed too often for one row lock) only wakes the nodes that follow it, which then read what changed.
/// </summary>
public sealed record DataSet(string Name, bool Versioned, IReadOnlyList<Type> Entities)
{
    public static DataSet Stamped(string name, params Type[] entities) => new(name, true, entities);

    public static DataSet SignalOnly(string name, params Type[] entities) => new(name, false, entities);

    public bool Covers(Type entity) => Entities.Any(t => t.IsAssignableFrom(entity));
}
