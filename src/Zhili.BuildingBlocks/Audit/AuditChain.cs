namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// The legacy hash chain of records sealed one by one before sealed batches: a record's <see cref="AuditRecord.Hash"/>
/// is SHA-256 (lower-case hex) of the previous record's hash and the record's content, in <see cref="AuditRecord.Seq"/>
/// order. Stored chains stay verifiable (<see cref="AuditVerifier"/>); nothing new is chained this way.
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first record.</summary>
    public const string Genesis = "";

    public static string Hash(string previousHash, AuditRecord record)
    {
        var bytes = Encoding.UTF8.GetBytes(Canonical(previousHash, record));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The content as the legacy chain hashed it (AuditHashTests pins it with a known answer).</summary>
    public static string Canonical(string previousHash, AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return AuditFields.Join([
            previousHash, AuditFields.Number(record.Id), AuditFields.Instant(record.At), record.Actor, record.UnitCode, record.Module,
            record.Entity, record.EntityId, record.Action, record.Before, record.After, record.RequestId]);
    }
}
