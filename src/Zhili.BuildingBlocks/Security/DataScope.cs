namespace Zhili.BuildingBlocks.Security;

/// <summary>
/// The units the current request may see and change: the one mechanism behind every query (an EF query filter on
/// every <see cref="Persistence.IUnitScoped"/> entity) and every command (a save-changes guard). Set per request
/// after sign-in; outside a request (jobs, CLI) and for anonymous and partner requests it is unrestricted, because
/// those reach only public or partner endpoints, which the endpoint-enumeration test keeps marked.
/// </summary>
public sealed class DataScope
{
    private static readonly AsyncLocal<DataScope?> Ambient = new();
    private readonly HashSet<string> units;

    private DataScope(bool unrestricted, IEnumerable<string> units, bool canWrite, bool cityLevel)
    {
        IsUnrestricted = unrestricted;
        IsCityLevel = cityLevel;
        this.units = new HashSet<string>(units, StringComparer.Ordinal);
        Units = [.. this.units];
        CanWrite = canWrite;
    }

    /// <summary>The scope of the system (jobs, the CLI) and of anonymous and partner requests, which reach public surfaces only.</summary>
    public static DataScope Unrestricted { get; } = new(true, [], true, true);

    /// <summary>The scope in force for this async flow.</summary>
    public static DataScope Current => Ambient.Value ?? Unrestricted;

    public bool IsUnrestricted { get; }

    /// <summary>The actor acts for a city-level unit (the city or a city department): it may hold city-reach permissions.</summary>
    public bool IsCityLevel { get; }

    /// <summary>The unit codes in scope when restricted (own unit and every unit under it). An array, so EF can send it as a parameter.</summary>
    public string[] Units { get; }

    /// <summary>False for read-only roles (the auditor): every save with changes is refused.</summary>
    public bool CanWrite { get; }

    /// <summary>The units in scope (own unit and every unit under it) of an actor of a unit at that level.</summary>
    public static DataScope For(IEnumerable<string> units, bool canWrite = true, bool cityLevel = false) => new(false, units, canWrite, cityLevel);

    /// <summary>Every unit, for a city-level actor whose role reads the whole city (the office, the auditor, the city's own staff).</summary>
    public static DataScope Everything(bool canWrite) => canWrite ? Unrestricted : new(true, [], false, true);

    public bool Covers(string? unitCode) => IsUnrestricted || (unitCode is not null && units.Contains(unitCode));

    /// <summary>Puts a scope in force until the returned handle is disposed.</summary>
    public static IDisposable Enter(DataScope scope)
    {
        var previous = Ambient.Value;
        Ambient.Value = scope;
        return new Restore(previous);
    }

    private sealed class Restore(DataScope? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
