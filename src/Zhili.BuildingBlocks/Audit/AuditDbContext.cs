using Microsoft.EntityFrameworkCore;
using Zhili.BuildingBlocks.Persistence;

namespace Zhili.BuildingBlocks.Audit;

/// <summary>The audit module's own context: it owns the audit table's migrations, and the sealer and verifier read through it.</summary>
public sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : DbContext(options)
{
    public DbSet<AuditRecord> Records => Set<AuditRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyZhiliConventions(this, AuditModel.Module);
}
