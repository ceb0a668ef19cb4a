namespace Zhili.Hotline.Data;

/// <summary>H-FLOW 二级转办: the street stages of an appeal, and the street on the appeal that lets the street read it.</summary>
internal sealed class StreetAssignmentConfiguration : IEntityTypeConfiguration<StreetAssignment>
{
    public void Configure(EntityTypeBuilder<StreetAssignment> b)
    {
        b.ToTable("street_assignments");
        b.Property(s => s.UnitCode).HasMaxLength(20);
        b.Property(s => s.DistrictCode).HasMaxLength(20);
        b.Property(s => s.AssignedBy).HasMaxLength(256);
        b.Property(s => s.Instructions).HasMaxLength(2000);
        b.Property(s => s.RepliedBy).HasMaxLength(256);
        b.Property(s => s.Reply).HasMaxLength(4000);
        b.Property(s => s.ReturnReason).HasMaxLength(2000);
        b.Property(s => s.ReviewedBy).HasMaxLength(256);
        b.Ignore(s => s.IsOpen);
        b.HasIndex(s => s.AppealId);
        // The bulletins count a street's stages by their deadline (H-BUL).
        b.HasIndex(s => new { s.UnitCode, s.DeadlineAt });
        // H-FLOW: one open street stage per appeal, also when two of the district's people pass it down at the same moment.
        b.HasIndex(s => s.AppealId, "IX_street_assignments_open_per_appeal").IsUnique()
            .HasFilter($"state IN ({(int)StreetStageState.Handling}, {(int)StreetStageState.Replied})")
            .Enforces("H-FLOW", "该诉求已转街道办理");
    }

    /// <summary>The appeal's side: its stages, and its street (read by the appeal's scope filter).</summary>
    public static void MapAppeal(EntityTypeBuilder<Appeal> b)
    {
        b.Property(a => a.StreetCode).HasMaxLength(20);
        b.HasIndex(a => a.StreetCode);
        b.HasMany(a => a.StreetAssignments).WithOne().HasForeignKey(s => s.AppealId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(a => a.OpenStreetStage);
    }
}
