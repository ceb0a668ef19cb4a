namespace Zhili.BuildingBlocks.Freshness;

/// <summary>The version of one versioned <see cref="DataSet"/>: one row per set in its module's stamps table.</summary>
public sealed class FreshStamp
{
    public string DataSet { get; init; } = "";

    public long Version { get; init; }
}

public static class FreshStampModel
{
    /// <summary>Maps the module's stamps table with one row per versioned set (call before the house conventions).</summary>
    public static void MapFreshStamps(this ModelBuilder modelBuilder, IEnumerable<DataSet> sets) =>
        modelBuilder.Entity<FreshStamp>(b =>
        {
            b.ToTable("fresh_stamps");
            b.HasKey(s => s.DataSet);
            b.Property(s => s.DataSet).HasMaxLength(60);
            b.HasData(sets.Where(s => s.Versioned).Select(s => new FreshStamp { DataSet = s.Name, Version = 0 }));
        });
}
