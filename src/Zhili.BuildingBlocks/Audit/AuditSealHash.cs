namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// A sealed batch's hash: HMAC-SHA256 under the sealer's key of the previous batch's hash, the batch's own facts
/// (number, first id, position, count, key) and the MACs of its records in order. Each batch thus vouches for every
/// batch before it, and the newest one, written down outside the database (<see cref="AuditCheckpoints"/>), for all.
/// </summary>
public static class AuditSealHash
{
    /// <summary>The previous hash of the first batch.</summary>
    public const string Genesis = "";

    public static string Compute(byte[] key, string previousHash, AuditSeal seal, IEnumerable<string?> macs)
    {
        ArgumentNullException.ThrowIfNull(seal);
        return AuditFields.Mac(key, AuditFields.Join([
            "batch", previousHash, AuditFields.Number(seal.Batch), AuditFields.Number(seal.FirstId), AuditFields.Number(seal.LastXid),
            AuditFields.Number(seal.LastId), AuditFields.Number(seal.Count), seal.KeyId, .. macs]));
    }
}
