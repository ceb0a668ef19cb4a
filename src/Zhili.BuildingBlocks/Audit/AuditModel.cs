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

    /// <summary>PostgreSQL: the writing transaction's id, as a bigint (xid8 has no cast to it but through text).</summary>
    public const string CurrentXid = "(pg_current_xact_id()::text::bigint)";

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
            b.Property(r => r.ScopeUnit).HasMaxLength(20);
            b.Property(r => r.Module).HasMaxLength(40);
            b.Property(r => r.Entity).HasMaxLength(100);
            b.Property(r => r.EntityId).HasMaxLength(200);
            b.Property(r => r.Action).HasMaxLength(20);
            b.Property(r => r.RequestId).HasMaxLength(100);
            b.Property(r => r.KeyId).HasMaxLength(40);
            b.Property(r => r.Mac).HasMaxLength(64);
            b.Property(r => r.Hash).HasMaxLength(64);
            if (postgres)
            {
                // Set by the database, never by a writer: the sealer's batches follow transactions, not ids (AuditSealer).
                b.Property(r => r.WriterXid).IsRequired().HasDefaultValueSql(CurrentXid);
                b.HasIndex(r => new { r.WriterXid, r.Id });
            }
            else
            {
                b.Ignore(r => r.WriterXid);
            }

            b.HasIndex(r => r.At);
            b.HasIndex(r => new { r.Entity, r.EntityId });
            b.HasIndex(r => r.Actor);
        });
    }

    /// <summary>The sealed batches: only the audit module's context maps them.</summary>
    public static void MapAuditSeals(this ModelBuilder modelBuilder) =>
        modelBuilder.Entity<AuditSeal>(b =>
        {
            b.ToTable("seals");
            b.HasKey(s => s.Batch);
            b.Property(s => s.Batch).ValueGeneratedNever();
            b.Property(s => s.Hash).HasMaxLength(64);
            b.Property(s => s.KeyId).HasMaxLength(40);
        });
}
