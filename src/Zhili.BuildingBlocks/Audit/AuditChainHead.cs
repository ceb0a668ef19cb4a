using Microsoft.EntityFrameworkCore;

namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// The last link of the hash chain, read in the transaction that will extend it. On PostgreSQL the reader first takes
/// the chain's transaction lock, so that whoever extends the chain (the sealer on any node, or a writer that chains its
/// own records, <see cref="AuditedInsert"/>) does it one after the other, each from the link the previous one committed.
/// On SQLite one writer at a time holds the file anyway.
/// </summary>
internal static class AuditChainHead
{
    // pg_advisory_xact_lock's key for the chain: "zhili" in ASCII.
    private const long PostgresLock = 0x7A68696C69;

    public static async Task<(long Seq, string Hash)> TakeAsync(DbContext db, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The chain is extended inside a transaction.");
        }

        if (!db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [PostgresLock], ct);
        }

        // The whole chain's head, whatever data scope the writer acts in.
        var last = await db.Set<AuditRecord>().AsNoTracking().IgnoreQueryFilters().Where(r => r.Seq != null).OrderByDescending(r => r.Seq)
            .Select(r => new { r.Seq, r.Hash }).FirstOrDefaultAsync(ct);
        return last is null ? (0, AuditChain.Genesis) : (last.Seq!.Value, last.Hash!);
    }
}
