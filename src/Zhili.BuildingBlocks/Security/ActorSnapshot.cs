namespace Zhili.BuildingBlocks.Security;

/// <summary>
/// The actor of a request, taken when the request hands a record to a background writer (e.g. the hotline's
/// group-commit intake) that saves the records of many requests in one save. Around that save the writer attributes
/// each record to its request's snapshot, and the audit trail (ARCHITECTURE rule 11) names that person and request for
/// the record, not the writer.
/// </summary>
public sealed record ActorSnapshot(string Name, string? UnitCode, string? RequestId) : ICurrentActor
{
    private static readonly AsyncLocal<IReadOnlyDictionary<object, ActorSnapshot>?> Attributions = new();

    public static ActorSnapshot Of(ICurrentActor? actor) =>
        actor is null ? new ActorSnapshot("system", null, null) : new ActorSnapshot(actor.Name, actor.UnitCode, actor.RequestId);

    /// <summary>
    /// Puts the attributions (record → actor, keyed by reference) in force for this async flow until the returned handle
    /// is disposed: wrap the save of those records in it.
    /// </summary>
    public static IDisposable Attribute(IReadOnlyDictionary<object, ActorSnapshot> records)
    {
        var previous = Attributions.Value;
        Attributions.Value = records;
        return new Restore(previous);
    }

    /// <summary>The actor the record being saved was attributed to, if any; otherwise the audit names the current actor.</summary>
    public static ActorSnapshot? AttributedTo(object record) =>
        Attributions.Value is { } records && records.TryGetValue(record, out var actor) ? actor : null;

    private sealed class Restore(IReadOnlyDictionary<object, ActorSnapshot>? previous) : IDisposable
    {
        public void Dispose() => Attributions.Value = previous;
    }
}
