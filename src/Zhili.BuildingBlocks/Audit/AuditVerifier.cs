using Microsoft.EntityFrameworkCore;

namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// Walks the sealed records in chain order and recomputes every hash: the first record whose content no longer
/// matches its hash, or the first place where a Seq is missing (a sealed record was deleted), is the broken link.
/// Only reads, so an auditor may run it at any time.
/// </summary>
public sealed class AuditVerifier(AuditDbContext db)
{
    public const int BatchSize = 1000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken ct)
    {
        var unsealed = await db.Records.LongCountAsync(r => r.Seq == null, ct);
        var (expected, previous, count) = (1L, AuditChain.Genesis, 0L);
        while (true)
        {
            var after = expected - 1;
            var batch = await db.Records.AsNoTracking().Where(r => r.Seq > after).OrderBy(r => r.Seq).Take(BatchSize).ToListAsync(ct);
            foreach (var record in batch)
            {
                if (record.Seq != expected)
                {
                    return AuditVerification.Broken(count, unsealed, new AuditBreak(expected, record.Id, AuditBreakKind.Missing,
                        $"seq {expected}{(record.Seq == expected + 1 ? "" : $" to {record.Seq - 1}")} missing before seq {record.Seq}: a sealed record was deleted"));
                }

                if (record.Hash is null || AuditChain.Hash(previous, record) != record.Hash)
                {
                    return AuditVerification.Broken(count, unsealed, new AuditBreak(expected, record.Id, AuditBreakKind.Changed,
                        "the record does not match its hash: its content was changed after sealing"));
                }

                (expected, previous, count) = (expected + 1, record.Hash, count + 1);
            }

            if (batch.Count < BatchSize)
            {
                return AuditVerification.Intact(count, unsealed, count == 0 ? null : previous);
            }
        }
    }
}
