namespace Zhili.Hotline.Data.Bulletins;

/// <summary>
/// H-BUL: indexes that cover the bulletins' aggregates, so that a period reads an index range and never the whole
/// table (bench/RESULTS.md). Each leads with the timestamp that puts a record into a period, then holds the columns
/// the indicators test.
/// </summary>
internal sealed class AppealBulletinIndexes : IEntityTypeConfiguration<Appeal>
{
    public void Configure(EntityTypeBuilder<Appeal> b)
    {
        b.HasIndex(a => new { a.DeadlineAt, a.UnitCode, a.ClosedAt, a.ExtensionCount, a.ReopenCount });
        b.HasIndex(a => new { a.ReceivedAt, a.UnitCode, a.Type, a.ResolvedAtFirstContact, a.CategoryCode, a.Latitude, a.Longitude });
        // 日清: appeals in hand by deadline, with their unit for the per-unit counts (covers what (state, deadline_at) does not).
        b.HasIndex(a => new { a.State, a.DeadlineAt, a.UnitCode });
    }
}

internal sealed class AppealEventBulletinIndexes : IEntityTypeConfiguration<AppealEvent>
{
    public void Configure(EntityTypeBuilder<AppealEvent> b) =>
        b.HasIndex(e => new { e.Kind, e.At, e.UnitCode });
}
