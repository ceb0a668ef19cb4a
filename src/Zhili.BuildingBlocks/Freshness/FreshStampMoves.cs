using Microsoft.EntityFrameworkCore;
using Zhili.BuildingBlocks.Audit;

namespace Zhili.BuildingBlocks.Freshness;

/// <summary>The statements a stamped save adds to its transaction.</summary>
internal static class FreshStampMoves
{
    /// <summary>
    /// <c>version + 1</c> (two saves at once both count), read back under the row lock the update holds, so the audit
    /// record says exactly which move it was (ARCHITECTURE rule 11).
    /// </summary>
    public static async Task<long> MoveAsync(DbContext context, string set, bool sync, CancellationToken ct)
    {
        var stamp = context.Set<FreshStamp>().Where(s => s.DataSet == set);
        long version;
        if (sync)
        {
            stamp.ExecuteUpdate(u => u.SetProperty(s => s.Version, s => s.Version + 1));
            version = stamp.Select(s => s.Version).Single();
            AuditedUpdate.Record(context, Row(set, version), Of(version - 1), Of(version));
        }
        else
        {
            await stamp.ExecuteUpdateAsync(u => u.SetProperty(s => s.Version, s => s.Version + 1), ct);
            version = await stamp.Select(s => s.Version).SingleAsync(ct);
            await AuditedUpdate.RecordAsync(context, Row(set, version), Of(version - 1), Of(version), ct);
        }

        return version;
    }

    /// <summary>PostgreSQL: queued in the transaction, delivered to every listening node when it commits (not at all if it rolls back).</summary>
    public static async Task NotifyAsync(DbContext context, string payload, bool sync, CancellationToken ct)
    {
        // Not audited: a notification, no record changes (the stamp's move is audited in MoveAsync).
        if (sync)
        {
            context.Database.ExecuteSql($"SELECT pg_notify({FreshnessListener.Channel}, {payload})");
        }
        else
        {
            // Not audited: as above.
            await context.Database.ExecuteSqlAsync($"SELECT pg_notify({FreshnessListener.Channel}, {payload})", ct);
        }
    }

    private static FreshStamp Row(string set, long version) => new() { DataSet = set, Version = version };

    private static Dictionary<string, object?> Of(long version) => new() { [nameof(FreshStamp.Version)] = version };
}
