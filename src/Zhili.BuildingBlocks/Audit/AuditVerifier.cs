namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// ARCHITECTURE rule 11: walks the sealed batches in order, recomputes every record's MAC and every batch's hash, checks
/// the records not sealed yet, the legacy chain, and compares the newest batch with the newest checkpoint outside the
/// database. It reports, each distinctly, records rewritten, deleted or inserted in a sealed batch, batches cut off the
/// end (truncation) or sealed again, and unsealed records that do not match their MAC. Only reads.
/// </summary>
public sealed class AuditVerifier(AuditDbContext db, AuditKeys keys, AuditCheckpoints checkpoints)
{
    public const int MaxFindings = 100;
    private const int Chunk = 1000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken ct)
    {
        var findings = new List<AuditFinding>();
        var seals = await db.Seals.AsNoTracking().OrderBy(s => s.Batch).ToListAsync(ct);
        var (previous, from, expected, sealedCount) = (AuditSealHash.Genesis, AuditPosition.Start, 1L, 0L);
        foreach (var seal in seals)
        {
            if (seal.Batch != expected)
            {
                findings.Add(new(AuditFindingKind.BatchMissing, expected, null, $"batches {expected} to {seal.Batch - 1} are missing"));
            }

            // A few more than were sealed: enough to tell that some were slipped in, not all of them.
            var records = await AuditRange.Records(db, from, AuditPosition.Of(seal)).Take(seal.Count + Chunk).ToListAsync(ct);
            CheckBatch(seal, previous, records, findings);
            (previous, from, expected, sealedCount) = (seal.Hash, AuditPosition.Of(seal), seal.Batch + 1, sealedCount + records.Count);
        }

        var unsealed = await CheckUnsealedAsync(from, findings, ct);
        findings.AddRange(await AuditLegacyChain.CheckAsync(db, ct));
        var checkpoint = await checkpoints.NewestAsync(ct);
        if (checkpoint is not null)
        {
            CheckCheckpoint(checkpoint, seals, findings);
        }

        return new AuditVerification([.. findings.Take(MaxFindings)], seals.Count, sealedCount, unsealed, seals.LastOrDefault(), checkpoint);
    }

    private void CheckBatch(AuditSeal seal, string previous, List<AuditRecord> records, List<AuditFinding> findings)
    {
        var rewritten = false;
        foreach (var record in records)
        {
            if (Check(record) is { } reason)
            {
                rewritten = true;
                findings.Add(new(reason.Kind == AuditFindingKind.UnknownKey ? reason.Kind : AuditFindingKind.Rewritten, seal.Batch, record.Id,
                    $"record {record.Id} of batch {seal.Batch}: {reason.Text}"));
            }
        }

        if (records.Count != seal.Count)
        {
            var kind = records.Count < seal.Count ? AuditFindingKind.Deleted : AuditFindingKind.Inserted;
            findings.Add(new(kind, seal.Batch, null, $"batch {seal.Batch} was sealed with {seal.Count} records and now holds {records.Count}"
                + (records.Count > seal.Count && records.Count == seal.Count + Chunk ? " or more" : "")));
        }
        else if (keys.Find(seal.KeyId) is not { } key)
        {
            findings.Add(new(AuditFindingKind.UnknownKey, seal.Batch, null, $"batch {seal.Batch} was sealed with key {seal.KeyId}, which is not configured"));
        }
        else if (!rewritten && AuditSealHash.Compute(key, previous, seal, records.Select(r => r.Mac)) != seal.Hash)
        {
            findings.Add(new(AuditFindingKind.Altered, seal.Batch, null,
                $"batch {seal.Batch}'s records match their MACs but not the batch's hash: records were swapped or the seal was edited"));
        }
    }

    private async Task<long> CheckUnsealedAsync(AuditPosition from, List<AuditFinding> findings, CancellationToken ct)
    {
        var count = 0L;
        while (await AuditRange.Records(db, from).Take(Chunk).ToListAsync(ct) is { Count: > 0 } records)
        {
            foreach (var record in records)
            {
                if (Check(record) is { } reason)
                {
                    findings.Add(new(reason.Kind == AuditFindingKind.UnknownKey ? reason.Kind : AuditFindingKind.UnsealedRewritten, null, record.Id,
                        $"unsealed record {record.Id}: {reason.Text}"));
                }
            }

            count += records.Count;
            from = AuditPosition.Of(records[^1]);
        }

        return count;
    }

    private (AuditFindingKind Kind, string Text)? Check(AuditRecord record)
    {
        if (record.Mac is null)
        {
            return (AuditFindingKind.Rewritten, "it has no MAC");
        }

        if (keys.Find(record.KeyId) is not { } key)
        {
            return (AuditFindingKind.UnknownKey, $"its key {record.KeyId} is not configured");
        }

        return AuditFields.Same(AuditMac.Compute(key, record), record.Mac) ? null : (AuditFindingKind.Rewritten, "its content does not match its MAC");
    }

    private void CheckCheckpoint(AuditCheckpoint checkpoint, List<AuditSeal> seals, List<AuditFinding> findings)
    {
        if (keys.Find(checkpoint.KeyId) is null)
        {
            findings.Add(new(AuditFindingKind.UnknownKey, checkpoint.Batch, null, $"checkpoint of batch {checkpoint.Batch} names key {checkpoint.KeyId}, which is not configured"));
        }
        else if (!checkpoint.IsSignedBy(keys.Find(checkpoint.KeyId)))
        {
            findings.Add(new(AuditFindingKind.CheckpointForged, checkpoint.Batch, null, $"checkpoint of batch {checkpoint.Batch} does not match its MAC"));
        }
        else if (seals.Find(s => s.Batch == checkpoint.Batch) is not { } seal)
        {
            findings.Add(new(AuditFindingKind.Truncated, checkpoint.Batch, null,
                $"the checkpoint names batch {checkpoint.Batch}, but the database's last batch is {seals.LastOrDefault()?.Batch ?? 0}: sealed batches were cut off the end"));
        }
        else if (seal.Hash != checkpoint.Hash)
        {
            findings.Add(new(AuditFindingKind.Diverged, checkpoint.Batch, null,
                $"batch {checkpoint.Batch} has another hash than its checkpoint: sealed records were rewritten and sealed again"));
        }
    }
}
