namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// The check of the legacy chain (<see cref="AuditChain"/>): the records sealed one by one before batches, read in one
/// pass in Seq order, each hash recomputed. The first record whose content no longer matches, or the first missing
/// Seq, breaks it.
/// </summary>
internal static class AuditLegacyChain
{
    public static async Task<IReadOnlyList<AuditFinding>> CheckAsync(AuditDbContext db, CancellationToken ct)
    {
        var (expected, previous) = (1L, AuditChain.Genesis);
        await foreach (var record in db.Records.AsNoTracking().Where(r => r.Seq != null).OrderBy(r => r.Seq).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (record.Seq != expected)
            {
                return [new(AuditFindingKind.LegacyBroken, null, record.Id,
                    $"legacy chain: seq {expected} to {record.Seq - 1} missing before seq {record.Seq}: a sealed record was deleted")];
            }

            if (record.Hash is null || AuditChain.Hash(previous, record) != record.Hash)
            {
                return [new(AuditFindingKind.LegacyBroken, null, record.Id,
                    $"legacy chain: record {record.Id} at seq {expected} does not match its hash: its content was changed after sealing")];
            }

            (expected, previous) = (expected + 1, record.Hash);
        }

        return [];
    }
}
