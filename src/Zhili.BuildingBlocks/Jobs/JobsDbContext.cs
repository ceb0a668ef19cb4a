namespace Zhili.BuildingBlocks.Jobs;

/// <summary>The job-run claims (ARCHITECTURE rule 10), a module of their own so every module's jobs share one table.</summary>
public sealed class JobsDbContext(DbContextOptions<JobsDbContext> options) : DbContext(options)
{
    public const string Module = "jobs";

    public DbSet<JobRun> Runs => Set<JobRun>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<JobRun>(b =>
        {
            b.ToTable("runs");
            b.Property(r => r.Job).HasMaxLength(100);
            b.Property(r => r.Period).HasMaxLength(40);
            b.Property(r => r.Node).HasMaxLength(200);
            b.Property(r => r.Outcome).HasMaxLength(2000);
            b.Property(r => r.Progress).HasMaxLength(200);
            b.HasIndex(r => new { r.Job, r.Period }).IsUnique();
            b.HasIndex(r => r.ClaimedAt);
        });
        modelBuilder.ApplyZhiliConventions(this, Module);
    }
}
