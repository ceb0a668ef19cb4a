namespace Zhili.BuildingBlocks.Freshness;

/// <summary>The statements a stamped save adds to its transaction.</summary>
internal static class FreshStampMoves
{
    /// <summary><c>version + 1</c> (two saves at once both count), read back under the row lock the update holds.</summary>
    public static async Task<long> MoveAsync(DbContext context, string set, bool sync, CancellationToken ct)
    {
        var stamp = context.Set<FreshStamp>().Where(s => s.DataSet == set);
        // Not audited: a stamp counts saves whose records the same transaction audits; it is no one's work (rule 11).
        if (sync)
        {
            stamp.ExecuteUpdate(u => u.SetProperty(s => s.Version, s => s.Version + 1));
            return stamp.Select(s => s.Version).Single();
        }

        // Not audited: as above.
        await stamp.ExecuteUpdateAsync(u => u.SetProperty(s => s.Version, s => s.Version + 1), ct);
        return await stamp.Select(s => s.Version).SingleAsync(ct);
    }

    /// <summary>PostgreSQL: queued in the transaction, delivered to every listening node when it commits (not at all if it rolls back).</summary>
    public static async Task NotifyAsync(DbContext context, string payload, bool sync, CancellationToken ct)
    {
        FormattableString notify = $"SELECT pg_notify({FreshnessListener.Channel}, {payload})";
        // Not audited: a notification, no record changes.
        _ = sync ? context.Database.ExecuteSql(notify) : await context.Database.ExecuteSqlAsync(notify, ct);
    }
}
