using Zhili.BuildingBlocks.Persistence;

namespace Zhili.Gazette.Data;

public sealed class GazetteDbContext(DbContextOptions<GazetteDbContext> options) : DbContext(options)
{
    public const string Module = "gazette";

    public DbSet<GazetteDocument> Documents => Set<GazetteDocument>();

    public DbSet<GazetteBlock> Blocks => Set<GazetteBlock>();

    public DbSet<GazetteImport> Imports => Set<GazetteImport>();

    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();

    public DbSet<Commendation> Commendations => Set<Commendation>();

    public DbSet<CoalMine> CoalMines => Set<CoalMine>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<GazetteDocument>(b =>
        {
            b.ToTable("documents");
            b.Property(d => d.Number).HasMaxLength(40);
            b.HasIndex(d => d.Number).IsUnique(); // G-DOC: a document is imported once
            b.Property(d => d.Series).HasMaxLength(10);
            b.Property(d => d.Title).HasMaxLength(400);
            b.Property(d => d.Issuers).HasMaxLength(200);
            b.Property(d => d.Recipients).HasMaxLength(400);
            b.Property(d => d.Issue).HasMaxLength(20);
            b.Property(d => d.SourceHash).HasMaxLength(64);
            b.HasIndex(d => d.Date);
            b.HasMany(d => d.Blocks).WithOne().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<GazetteBlock>(b =>
        {
            b.ToTable("blocks");
            b.Property(x => x.Marker).HasMaxLength(20);
            b.HasIndex(x => new { x.DocumentId, x.Order }).IsUnique();
        });
        modelBuilder.Entity<GazetteImport>(b =>
        {
            b.ToTable("imports");
            b.Property(i => i.SourceHash).HasMaxLength(64);
            b.HasIndex(i => i.SourceHash).IsUnique();
            b.Property(i => i.FileName).HasMaxLength(260);
            b.Property(i => i.ImportedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<GroupMember>(b =>
        {
            b.ToTable("group_members");
            b.Property(m => m.GroupName).HasMaxLength(200);
            b.Property(m => m.Role).HasMaxLength(20);
            b.Property(m => m.Name).HasMaxLength(20);
            b.Property(m => m.Post).HasMaxLength(200);
            b.Property(m => m.Organisation).HasMaxLength(100);
            b.HasIndex(m => new { m.DocumentId, m.Order }).IsUnique();
            b.HasOne<GazetteDocument>().WithMany().HasForeignKey(m => m.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Commendation>(b =>
        {
            b.ToTable("commendations");
            b.Property(c => c.ListName).HasMaxLength(200);
            b.Property(c => c.Kind).HasMaxLength(10);
            b.Property(c => c.Name).HasMaxLength(100);
            b.HasIndex(c => new { c.DocumentId, c.Order }).IsUnique();
            b.HasOne<GazetteDocument>().WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CoalMine>(b =>
        {
            b.ToTable("coal_mines");
            b.Property(c => c.Name).HasMaxLength(100);
            b.Property(c => c.Nature).HasMaxLength(20);
            b.Property(c => c.Address).HasMaxLength(100);
            b.HasIndex(c => new { c.DocumentId, c.Seq }).IsUnique();
            b.HasOne<GazetteDocument>().WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.ApplyZhiliConventions(this, Module);
    }
}
