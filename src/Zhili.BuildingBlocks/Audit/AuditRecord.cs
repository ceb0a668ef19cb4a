namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// One state change of one record, written in the same transaction as the change (<see cref="AuditInsert"/>, the one
/// writer path) and never updated afterwards. <see cref="Mac"/> keys its content with a key kept outside the database
/// (<see cref="AuditKeys"/>); the sealer chains the records' MACs in batches (<see cref="AuditSeal"/>).
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

    /// <summary>
    /// The unit of the record the change describes (an <c>IUnitScoped</c> record's unit; null for other records): a
    /// reader sees the audit record only when that unit is in the reader's data scope (ARCHITECTURE rule 11).
    /// </summary>
    public string? ScopeUnit { get; set; }

    /// <summary>The module whose record changed (its schema / table prefix).</summary>
    public required string Module { get; set; }

    /// <summary>The entity type's name, e.g. <c>AdminUnit</c>.</summary>
    public required string Entity { get; set; }

    /// <summary>The record's key, as text (composite keys joined with '|').</summary>
    public required string EntityId { get; set; }

    /// <summary><c>Added</c>, <c>Modified</c> or <c>Deleted</c>.</summary>
    public required string Action { get; set; }

    /// <summary>The changed properties before the change, as a JSON object (null when added); personal data masked.</summary>
    public string? Before { get; set; }

    /// <summary>The changed properties after the change, as a JSON object (null when deleted); personal data masked.</summary>
    public string? After { get; set; }

    public string? RequestId { get; set; }

    /// <summary>The id of the key that <see cref="Mac"/> was made with.</summary>
    public string? KeyId { get; set; }

    /// <summary>HMAC-SHA256 (hex) of the record's content (<see cref="AuditMac"/>), made as it was written.</summary>
    public string? Mac { get; set; }

    /// <summary>
    /// PostgreSQL: the id of the transaction that wrote the record (the column's default), which orders the records
    /// into sealed batches; not mapped on SQLite, where ids follow commit order.
    /// </summary>
    public long? WriterXid { get; set; }

    /// <summary>Legacy: the record's place in the hash chain of records sealed one by one before batches.</summary>
    public long? Seq { get; set; }

    /// <summary>Legacy: SHA-256 (hex) of the previous record's hash and this record's content (<see cref="AuditChain"/>).</summary>
    public string? Hash { get; set; }
}
