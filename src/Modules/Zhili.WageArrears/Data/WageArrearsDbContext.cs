using Microsoft.EntityFrameworkCore;
using Zhili.BuildingBlocks.Persistence;
using Zhili.BuildingBlocks.Security;
using Zhili.WageArrears.Domain;

namespace Zhili.WageArrears.Data;

public sealed class WageArrearsDbContext(DbContextOptions<WageArrearsDbContext> options) : DbContext(options), IDataScopedContext
{
    public const string Module = "wagearrears";

    public DataScope Scope => DataScope.Current;

    public DbSet<BlacklistCase> Cases => Set<BlacklistCase>();

    public DbSet<Party> Parties => Set<Party>();

    public DbSet<Objection> Objections => Set<Objection>();

    public DbSet<Acknowledgement> Acknowledgements => Set<Acknowledgement>();

    public DbSet<Edition> Editions => Set<Edition>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BlacklistCase>(b =>
        {
            b.ToTable("cases");
            b.Property(c => c.UnitCode).HasMaxLength(20);
            b.HasIndex(c => c.UnitCode);
            b.Property(c => c.DecisionNumber).HasMaxLength(60);
            b.Property(c => c.ListingDueRule).HasMaxLength(20);
            b.Property(c => c.DefenceDueRule).HasMaxLength(20);
            b.Property(c => c.RemovalDueRule).HasMaxLength(20);
            b.Property(c => c.Defence).HasMaxLength(4000);
            b.Property(c => c.RemovalReason).HasMaxLength(1000);
            b.Property(c => c.FixReason).HasMaxLength(1000);
            b.HasMany(c => c.Parties).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Party>(b =>
        {
            b.ToTable("parties");
            b.Property(p => p.Name).HasMaxLength(200);
            b.Property(p => p.CreditCode).HasMaxLength(18);
            b.HasIndex(p => p.CreditCode); // B-CREDIT: the lookup's index
            b.HasMany(p => p.Persons).WithOne().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Person>(b =>
        {
            b.ToTable("persons");
            b.Property(p => p.Name).HasMaxLength(50);
            b.Property(p => p.IdNumber).HasMaxLength(18);
        });
        modelBuilder.Entity<Objection>(b =>
        {
            b.ToTable("objections");
            b.Property(o => o.UnitCode).HasMaxLength(20);
            b.Property(o => o.Text).HasMaxLength(4000);
            b.Property(o => o.Evidence).HasMaxLength(4000);
            b.Property(o => o.DueRule).HasMaxLength(20);
            b.Property(o => o.Reason).HasMaxLength(1000);
            b.HasOne<BlacklistCase>().WithMany().HasForeignKey(o => o.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Acknowledgement>(b =>
        {
            b.ToTable("acknowledgements");
            b.Property(a => a.AcknowledgedBy).HasMaxLength(256);
            b.HasIndex(a => a.CaseId).IsUnique();
            b.HasOne<BlacklistCase>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Edition>(b =>
        {
            b.ToTable("editions");
            b.HasIndex(e => new { e.Year, e.Quarter }).IsUnique(); // B-PUB: one frozen edition per quarter
            b.Ignore(e => e.Label);
            b.HasMany(e => e.Rows).WithOne().HasForeignKey(r => r.EditionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<EditionRow>(b =>
        {
            b.ToTable("edition_rows");
            b.Property(r => r.EmployerName).HasMaxLength(200);
            b.Property(r => r.LegalRepresentative).HasMaxLength(100);
            b.Property(r => r.OtherResponsiblePersons).HasMaxLength(400);
            b.Property(r => r.CreditCode).HasMaxLength(18);
            b.HasIndex(r => r.CreditCode);
            b.Property(r => r.Grounds).HasMaxLength(1000);
            b.Property(r => r.Redress).HasMaxLength(400);
            b.Property(r => r.DecidingAuthority).HasMaxLength(100);
        });
        modelBuilder.ApplyZhiliConventions(this, Module);
    }
}
