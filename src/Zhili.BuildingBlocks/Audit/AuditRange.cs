namespace Zhili.BuildingBlocks.Audit;

/// <summary>A record's place in seal order: (writer transaction id, id) on PostgreSQL, (0, id) on SQLite.</summary>
public readonly record struct AuditPosition(long Xid, long Id) : IComparable<AuditPosition>
{
    /// <summary>Before every record: the first batch starts here, so no record can be slipped in before it unseen.</summary>
    public static readonly AuditPosition Start = new(long.MinValue, long.MinValue);

    public static AuditPosition Of(AuditSeal? seal) => seal is null ? Start : new(seal.LastXid, seal.LastId);

    public static AuditPosition Of(AuditRecord record) => new(record.WriterXid ?? 0, record.Id);

    public int CompareTo(AuditPosition other) => (Xid, Id).CompareTo((other.Xid, other.Id));

    public static bool operator <(AuditPosition a, AuditPosition b) => a.CompareTo(b) < 0;

    public static bool operator >(AuditPosition a, AuditPosition b) => a.CompareTo(b) > 0;

    public static bool operator <=(AuditPosition a, AuditPosition b) => a.CompareTo(b) <= 0;

    public static bool operator >=(AuditPosition a, AuditPosition b) => a.CompareTo(b) >= 0;
}

/// <summary>What sealing needs of a record: its place and its MAC.</summary>
internal sealed record AuditLink(long Xid, long Id, string? Mac);

/// <summary>The audit records in seal order after a position (and up to another), as the sealer and the verifier read them.</summary>
internal static class AuditRange
{
    /// <summary>
    /// The records after <paramref name="from"/> (up to <paramref name="to"/>, included), in seal order. With
    /// <paramref name="committedOnly"/> on PostgreSQL, only those of transactions older than every transaction still
    /// running (the snapshot's xmin): they have all ended, so no later commit can add a record among them.
    /// </summary>
    public static IQueryable<AuditRecord> Records(AuditDbContext db, AuditPosition from, AuditPosition? to = null, bool committedOnly = false)
    {
        if (db.Database.IsSqlite())
        {
            // One writer at a time holds the file, and each takes the ids after the last: ids follow commit order.
            var upTo = to?.Id ?? long.MaxValue;
            return db.Records.AsNoTracking().Where(r => r.Id > from.Id && r.Id <= upTo).OrderBy(r => r.Id);
        }

        var table = new AuditTable(db);
        var (xid, id) = (table.Column(nameof(AuditRecord.WriterXid)), table.Column(nameof(AuditRecord.Id)));
        var end = to ?? new AuditPosition(long.MaxValue, long.MaxValue);
        var sql = $"SELECT * FROM {table.Name} WHERE ({xid}, {id}) > ({{0}}, {{1}}) AND ({xid}, {id}) <= ({{2}}, {{3}})"
            + (committedOnly ? $" AND {xid} < pg_snapshot_xmin(pg_current_snapshot())::text::bigint" : "");
        return db.Records.FromSqlRaw(sql, from.Xid, from.Id, end.Xid, end.Id).AsNoTracking().OrderBy(r => r.WriterXid).ThenBy(r => r.Id);
    }

    /// <summary>The records' places and MACs, without their content.</summary>
    public static IQueryable<AuditLink> Links(AuditDbContext db, IQueryable<AuditRecord> records) => db.Database.IsSqlite()
        ? records.Select(r => new AuditLink(0, r.Id, r.Mac))
        : records.Select(r => new AuditLink(r.WriterXid!.Value, r.Id, r.Mac));
}
