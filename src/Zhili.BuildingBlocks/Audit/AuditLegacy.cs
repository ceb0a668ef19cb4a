namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// Records written before records carried MACs (docs/security.md, "Audit trail"): before the first batch is sealed,
/// the sealer gives each its MAC under the current key, the one update ever made to an audit record. Their legacy hash
/// chain stays as it was, and <see cref="AuditVerifier"/> still checks it, so a change made to them before this is
/// still found. Once a batch exists nothing is adopted: a record without a MAC is then reported, never signed.
/// </summary>
internal sealed class AuditLegacy(AuditDbContext db, AuditKeys keys, AuditCheckpoints checkpoints, WriterGate gate, ILogger logger)
{
    private const int Chunk = 500;

    /// <summary>False when sealing must not go on: records without a MAC, no batch, but a checkpoint that names some.</summary>
    public async Task<bool> AdoptAsync(CancellationToken ct)
    {
        if (await db.Seals.AnyAsync(ct) || !await db.Records.AnyAsync(r => r.Mac == null, ct))
        {
            return true;
        }

        if (await checkpoints.NewestAsync(ct) is { } checkpoint)
        {
            // Signing them now would launder whatever was changed while the batches were gone: verify reports it instead.
            logger.LogError("Audit records without a MAC and no sealed batch, but checkpoint {Batch} says there were batches; "
                + "nothing is sealed until this is resolved", checkpoint.Batch);
            return false;
        }

        var adopted = 0;
        while (await db.Records.Where(r => r.Mac == null).OrderBy(r => r.Id).Take(Chunk).ToListAsync(ct) is { Count: > 0 } unsigned)
        {
            foreach (var record in unsigned)
            {
                record.KeyId = keys.CurrentId;
                record.Mac = AuditMac.Compute(keys.Current, record);
            }

            using (await gate.EnterAsync(ct))
            {
                await db.SaveChangesAsync(ct);
            }

            db.ChangeTracker.Clear();
            adopted += unsigned.Count;
        }

        if (adopted > 0)
        {
            logger.LogWarning("Gave {Count} audit records written before MACs their MAC under key {KeyId}", adopted, keys.CurrentId);
        }

        return true;
    }
}
