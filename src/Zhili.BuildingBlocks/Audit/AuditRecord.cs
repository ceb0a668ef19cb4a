namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// One state change of one record, written in the same transaction as the change (AuditInterceptor) and never
/// updated afterwards except once by the sealer, which chains it (on PostgreSQL the intake writer chains its own as it
/// writes them, <see cref="AuditedInsert"/>): <see cref="Hash"/> covers the record's content and the previous record's
/// hash in seal order (<see cref="Seq"/>), so that tampering breaks the chain.
/// </summary>
public sealed class AuditRecord
{
    public long Id { get; set; }

    /// <summary>When the change was saved (UTC).</summary>
    public DateTime At { get; set; }

    /// <summary>Who: a user name, <c>partner:…</c>, <c>system</c>.</summary>
    public required string Actor { get; set; }

    /// <summary>The unit the actor acted for.</summary>
    public string? UnitCode { get; set; }

    /// <summary>The module whose record changed (its schema / table prefix).</summary>
    public required string Module { get; set; }

    /// <summary>The entity type's name, e.g. <c>AdminUnit</c>.</summary>
    public required string Entity { get; set; }

    /// <summary>The record's key, as text (composite keys joined with '|').</summary>
    public required string EntityId { get; set; }

    /// <summary><c>Added</c>, <c>Modified</c> or <c>Deleted</c>.</summary>
    public required string Action { get; set; }

    /// <summary>The changed properties before the change, as a JSON object (null when added).</summary>
    public string? Before { get; set; }

    /// <summary>The changed properties after the change, as a JSON object (null when deleted).</summary>
    public string? After { get; set; }

    public string? RequestId { get; set; }

    /// <summary>Position in the hash chain, set when it is chained; null until sealed.</summary>
    public long? Seq { get; set; }

    /// <summary>SHA-256 (hex) of the previous sealed record's hash and this record's content; null until sealed.</summary>
    public string? Hash { get; set; }
}
