namespace Zhili.Roads.Data;

/// <summary>The tables of street problems (R-3BAO, R-LOOP): the problem, its history (a part) and its photos.</summary>
internal static class ProblemModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RoadProblem>(b =>
        {
            b.ToTable("problems");
            b.Property(p => p.SegmentCode).HasMaxLength(RoadCodes.MaxLength);
            b.Property(p => p.UnitCode).HasMaxLength(20);
            b.Property(p => p.DistrictCode).HasMaxLength(20);
            b.Property(p => p.CategoryCode).HasMaxLength(30);
            b.Property(p => p.Description).HasMaxLength(ProblemLimits.Description);
            b.Property(p => p.ReportedBy).HasMaxLength(256);
            b.Property(p => p.DeadlineRule).HasMaxLength(60);
            b.HasIndex(p => new { p.DistrictCode, p.UnitCode });
            b.HasIndex(p => new { p.SegmentId, p.FoundAt });
            b.HasIndex(p => p.Stage);
            b.HasOne<RoadSegment>().WithMany().HasForeignKey(p => p.SegmentId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.ProblemId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ProblemEvent>(b =>
        {
            b.ToTable("problem_events");
            b.Property(e => e.Kind).HasMaxLength(30);
            b.Property(e => e.Actor).HasMaxLength(256);
            b.Property(e => e.Text).HasMaxLength(ProblemLimits.Description);
            b.Property(e => e.Rule).HasMaxLength(20);
        });
        modelBuilder.Entity<ProblemPhoto>(b =>
        {
            b.ToTable("problem_photos");
            b.Property(p => p.Stage).HasMaxLength(10);
            b.Property(p => p.UnitCode).HasMaxLength(20);
            b.Property(p => p.ContentType).HasMaxLength(30);
            b.HasOne(p => p.Problem).WithMany().HasForeignKey(p => p.ProblemId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
