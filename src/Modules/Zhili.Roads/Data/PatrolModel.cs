namespace Zhili.Roads.Data;

/// <summary>R-PATROL: the patrol log and its photos.</summary>
internal static class PatrolModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Patrol>(b =>
        {
            b.ToTable("patrols");
            b.Property(p => p.SegmentCode).HasMaxLength(RoadCodes.MaxLength);
            b.Property(p => p.UnitCode).HasMaxLength(20);
            b.Property(p => p.HolderName).HasMaxLength(50);
            b.Property(p => p.Findings).HasMaxLength(Patrol.FindingsLength);
            b.Property(p => p.LoggedBy).HasMaxLength(256);
            b.HasOne<RoadSegment>().WithMany().HasForeignKey(p => p.SegmentId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<RoadChief>().WithMany().HasForeignKey(p => p.ChiefId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<ChiefTerm>().WithMany().HasForeignKey(p => p.TermId).OnDelete(DeleteBehavior.Restrict);
            // Compliance reads a period's patrols per holder; the list reads a segment's by time.
            b.HasIndex(p => new { p.TermId, p.Day });
            b.HasIndex(p => new { p.SegmentId, p.At });
            b.HasIndex(p => new { p.UnitCode, p.At });
        });
        modelBuilder.Entity<PatrolPhoto>(b =>
        {
            b.ToTable("patrol_photos");
            b.HasKey(p => p.PatrolId);
            b.Property(p => p.UnitCode).HasMaxLength(20);
            b.Property(p => p.ContentType).HasMaxLength(20);
            b.HasOne<Patrol>().WithOne(p => p.Photo).HasForeignKey<PatrolPhoto>(p => p.PatrolId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
