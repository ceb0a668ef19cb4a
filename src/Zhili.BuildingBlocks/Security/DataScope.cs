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

    private DataScope(bool unrestricted, IEnumerable<string> units, bool canWrite)
    {
        IsUnrestricted = unrestricted;
        this.units = new HashSet<string>(units, StringComparer.Ordinal);
        Units = [.. this.units];
        CanWrite = canWrite;
    }

    public static DataScope Unrestricted { get; } = new(true, [], true);

    /// <summary>The scope in force for this async flow.</summary>
    public static DataScope Current => Ambient.Value ?? Unrestricted;

    public bool IsUnrestricted { get; }

    /// <summary>The unit codes in scope when restricted (own unit and every unit under it). An array, so EF can send it as a parameter.</summary>
    public string[] Units { get; }

    /// <summary>False for read-only roles (the auditor): every save with changes is refused.</summary>
    public bool CanWrite { get; }

    public static DataScope For(IEnumerable<string> units, bool canWrite = true) => new(false, units, canWrite);

    public static DataScope Everything(bool canWrite) => canWrite ? Unrestricted : new(true, [], false);

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
