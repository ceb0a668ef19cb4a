using Microsoft.EntityFrameworkCore;

namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// Every module's DbContext maps the one audit table, so that a change and its audit record commit in one
/// transaction; only the audit module's own context creates it in its migrations.
/// </summary>
public static class AuditModel
{
    public const string Module = "audit";

    /// <summary>Marks entity types whose table is shared by several contexts (no module prefix).</summary>
    public const string SharedTable = "Zhili:SharedTable";

    public static void MapAuditRecords(this ModelBuilder modelBuilder, bool postgres, string module)
    {
        modelBuilder.Entity<AuditRecord>(b =>
        {
            b.HasAnnotation(SharedTable, true);
            b.ToTable(postgres ? "records" : "audit_records", postgres ? Module : null,
                t => t.ExcludeFromMigrations(module != Module));
            b.HasKey(r => r.Id);
            b.Property(r => r.Actor).HasMaxLength(200);
            b.Property(r => r.UnitCode).HasMaxLength(20);
            b.Property(r => r.Module).HasMaxLength(40);
            b.Property(r => r.Entity).HasMaxLength(100);
            b.Property(r => r.EntityId).HasMaxLength(200);
            b.Property(r => r.Action).HasMaxLength(20);
            b.Property(r => r.RequestId).HasMaxLength(100);
            b.Property(r => r.Hash).HasMaxLength(64);
            b.HasIndex(r => r.Seq).IsUnique();
            b.HasIndex(r => r.At);
            b.HasIndex(r => new { r.Entity, r.EntityId });
            b.HasIndex(r => r.Actor);
        });
    }
}
