namespace Zhili.BuildingBlocks.Audit;

/// <summary>The audit module's own context: it owns the audit tables' migrations, and the sealer and verifier read through it.</summary>
public sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : DbContext(options)
{
    public DbSet<AuditRecord> Records => Set<AuditRecord>();

    public DbSet<AuditSeal> Seals => Set<AuditSeal>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.MapAuditSeals();
        modelBuilder.ApplyZhiliConventions(this, AuditModel.Module);
    }
}
