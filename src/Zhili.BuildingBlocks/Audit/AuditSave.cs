namespace Zhili.BuildingBlocks.Audit;

/// <summary>Who acted, for which module, and when: the same for every record of one save.</summary>
public sealed record AuditStamp(DateTime At, string Actor, string? UnitCode, string Module, string? RequestId);

/// <summary>One save in progress: its drafts and the transaction the interceptor opened for it, if it opened one.</summary>
public sealed class AuditSave(IReadOnlyList<AuditDraft> drafts, AuditStamp stamp) : IDisposable, IAsyncDisposable
{
    /// <summary>True when no transaction was open before the save, so the interceptor opens, commits or rolls back its own.</summary>
    public bool OwnsTransaction { get; init; }

    public IDbContextTransaction? Transaction { get; set; }

    /// <summary>The audit records, once the save has given every added record its key.</summary>
    public IEnumerable<AuditRecord> Records()
    {
        foreach (var draft in drafts)
        {
            draft.Complete();
            // A record a background writer saved for a request names that request's actor (ActorSnapshot).
            var who = draft.ActedFor;
            yield return new AuditRecord
            {
                At = stamp.At,
                Actor = Fit(who?.Name ?? stamp.Actor, 200)!,
                UnitCode = Fit(who is null ? stamp.UnitCode : who.UnitCode, 20),
                ScopeUnit = Fit(draft.ScopeUnit, 20),
                Module = Fit(stamp.Module, 40)!,
                Entity = Fit(draft.Entity, 100)!,
                EntityId = Fit(draft.EntityId ?? "", 200)!,
                Action = draft.Action,
                Before = draft.Before,
                After = draft.After,
                RequestId = Fit(who is null ? stamp.RequestId : who.RequestId, 100),
            };
        }
    }

    public void Dispose() => Transaction?.Dispose();

    public ValueTask DisposeAsync() => Transaction?.DisposeAsync() ?? ValueTask.CompletedTask;

    // The columns have lengths (PostgreSQL enforces them): an over-long value must not make the change itself fail.
    private static string? Fit(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
