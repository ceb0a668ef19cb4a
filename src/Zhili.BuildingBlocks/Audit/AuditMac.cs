namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// ARCHITECTURE rule 11: each record's MAC, HMAC-SHA256 under a key kept outside the database, of the record's
/// whole content (its id and key id included), made by the writer as it inserts the record. Without the key nobody can
/// change a record, sealed or not, and give it a MAC that matches.
/// </summary>
public static class AuditMac
{
    public static string Compute(byte[] key, AuditRecord record) => AuditFields.Mac(key, Canonical(record));

    /// <summary>The content the MAC covers. Changing it breaks every stored MAC: AuditHashTests pins it with known answers.</summary>
    public static string Canonical(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return AuditFields.Join([
            "record", AuditFields.Number(record.Id), AuditFields.Instant(record.At), record.Actor, record.UnitCode, record.ScopeUnit,
            record.Module, record.Entity, record.EntityId, record.Action, record.Before, record.After, record.RequestId, record.KeyId]);
    }
}
