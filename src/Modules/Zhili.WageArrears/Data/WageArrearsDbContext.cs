namespace Zhili.WageArrears.Data;

public sealed class WageArrearsDbContext(DbContextOptions<WageArrearsDbContext> options) : DbContext(options), IDataScopedContext
{
    public const string Module = "wagearrears";

    /// <summary>B-CREDIT: the listed entries each node keeps for the partners' lookup, changed by any save of a case or a party.</summary>
    public static readonly DataSet Lookup = DataSet.Stamped("wagearrears.lookup", typeof(BlacklistCase), typeof(Party));

    public DataScope Scope => DataScope.Current;

    public DbSet<BlacklistCase> Cases => Set<BlacklistCase>();

    public DbSet<Party> Parties => Set<Party>();

    public DbSet<Objection> Objections => Set<Objection>();

    public DbSet<Acknowledgement> Acknowledgements => Set<Acknowledgement>();

    public DbSet<Edition> Editions => Set<Edition>();

    public DbSet<AccessCode> AccessCodes => Set<AccessCode>();

    public DbSet<DueNotice> DueNotices => Set<DueNotice>();

    public DbSet<DocumentSerial> DocumentSerials => Set<DocumentSerial>();

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
            b.Property(c => c.NoticeNumber).HasMaxLength(40);
            b.HasIndex(c => c.NoticeNumber).IsUnique(); // B-NOTICE: a document number is never given twice
            b.Property(c => c.ListingNumber).HasMaxLength(40);
            b.HasIndex(c => c.ListingNumber).IsUnique(); // B-LIST: a document number is never given twice
            b.HasIndex(c => c.ListedOn); // B-CREDIT: the lookup snapshot loads the listed entries; the staff list sorts by it
            b.HasIndex(c => c.ExpiresOn); // B-TERM: the daily review and the due list
            b.HasMany(c => c.Parties).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Party>(b =>
        {
            b.ToTable("parties");
            b.Property(p => p.Name).HasMaxLength(200);
            b.Property(p => p.CreditCode).HasMaxLength(18);
            b.HasIndex(p => p.CreditCode); // B-CREDIT: the lookup's index
            b.Property(p => p.IdNumber).HasMaxLength(18);
            b.HasIndex(p => p.IdNumber); // B-TERM: a natural person's earlier listings
            b.Ignore(p => p.IsNaturalPerson);
            b.Ignore(p => p.Identifier);
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
            b.HasIndex(a => a.CaseId).IsUnique().Enforces("B-PUB", "该列入决定已确认");
            b.HasOne<BlacklistCase>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Edition>(b =>
        {
            b.ToTable("editions");
            b.HasIndex(e => new { e.Year, e.Quarter }).IsUnique().Enforces("B-PUB", "该季度名单已公布，不可更改"); // B-PUB: one frozen edition per quarter
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
            b.Property(r => r.IdNumber).HasMaxLength(18);
            b.Property(r => r.Grounds).HasMaxLength(1000);
            b.Property(r => r.Redress).HasMaxLength(400);
            b.Property(r => r.DecidingAuthority).HasMaxLength(100);
        });
        modelBuilder.Entity<AccessCode>(b =>
        {
            b.ToTable("access_codes");
            b.Property(a => a.UnitCode).HasMaxLength(20);
            b.Property(a => a.Hash).HasMaxLength(64);
            b.HasIndex(a => a.Hash).IsUnique(); // the public form finds the case by the code's hash alone
            b.HasIndex(a => new { a.CaseId, a.Purpose }).IsUnique();
            b.Property(a => a.IssuedBy).HasMaxLength(256);
            b.Property(a => a.UsedAt).IsConcurrencyToken(); // one use only, even for two submissions at once
            b.HasOne<BlacklistCase>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DueNotice>(b =>
        {
            b.ToTable("due_notices");
            b.Property(n => n.Kind).HasMaxLength(30);
            b.HasIndex(n => new { n.CaseId, n.Kind, n.AboutDay }).IsUnique(); // B-TERM: the daily review is idempotent
            b.HasOne<BlacklistCase>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DocumentSerial>(b =>
        {
            b.ToTable("document_serials");
            b.HasKey(s => new { s.UnitCode, s.Kind, s.Year });
            b.Property(s => s.UnitCode).HasMaxLength(20);
            b.Property(s => s.Kind).HasMaxLength(10);
        });
        modelBuilder.MapFreshStamps([Lookup]);
        modelBuilder.ApplyZhiliConventions(this, Module);
    }
}
