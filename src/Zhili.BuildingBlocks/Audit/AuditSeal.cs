namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// One sealed batch of audit records: those after the previous batch's position (in the order <c>(WriterXid, Id)</c>;
/// the writer xid is 0 on SQLite) up to and including this one's. <see cref="Hash"/> chains the previous batch's hash with
/// the MACs of the batch's records in that order (<see cref="AuditSealHash"/>), so that a record deleted, inserted or
/// rewritten in a sealed batch breaks it. The sealer inserts one row per batch and never updates audit records.
/// </summary>
public sealed class AuditSeal
{
    /// <summary>1, 2, 3…: the unique key on which sealers of several nodes race.</summary>
    public long Batch { get; set; }

    public long FirstId { get; set; }

    public long LastXid { get; set; }

    public long LastId { get; set; }

    public int Count { get; set; }

    public required string Hash { get; set; }

    public required string KeyId { get; set; }

    public DateTime SealedAt { get; set; }
}
