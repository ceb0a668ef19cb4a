namespace Zhili.Roads.Data;

public sealed class RoadsDbContext(DbContextOptions<RoadsDbContext> options) : DbContext(options), IDataScopedContext
{
    public const string Module = "roads";

    public DataScope Scope => DataScope.Current;

    public DbSet<Road> Roads => Set<Road>();

    public DbSet<RoadSegment> Segments => Set<RoadSegment>();

    public DbSet<RoadChief> Chiefs => Set<RoadChief>();

    public DbSet<ChiefTerm> Terms => Set<ChiefTerm>();

    public DbSet<Patrol> Patrols => Set<Patrol>();

    public DbSet<PatrolPhoto> PatrolPhotos => Set<PatrolPhoto>();
    public DbSet<RoadProblem> Problems => Set<RoadProblem>();

    public DbSet<ProblemPhoto> ProblemPhotos => Set<ProblemPhoto>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Road>(b =>
        {
            b.ToTable("roads");
            b.Property(r => r.DistrictCode).HasMaxLength(20);
            b.Property(r => r.Name).HasMaxLength(60);
            b.HasIndex(r => new { r.DistrictCode, r.Name }).IsUnique().Enforces("R-SCOPE", "该区已登记同名道路");
        });
        modelBuilder.Entity<RoadSegment>(b =>
        {
            b.ToTable("segments");
            b.Property(s => s.Code).HasMaxLength(RoadCodes.MaxLength);
            b.HasIndex(s => s.Code).IsUnique().Enforces("R-SCOPE", "路段编码已被使用");
            b.Property(s => s.Name).HasMaxLength(60);
            b.Property(s => s.DistrictCode).HasMaxLength(20);
            b.Property(s => s.UnitCode).HasMaxLength(20);
            b.HasIndex(s => new { s.DistrictCode, s.UnitCode });
            b.Property(s => s.StartDescription).HasMaxLength(200);
            b.Property(s => s.EndDescription).HasMaxLength(200);
            b.HasOne(s => s.Road).WithMany().HasForeignKey(s => s.RoadId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<RoadChief>(b =>
        {
            b.ToTable("chiefs");
            b.Property(c => c.Place).HasMaxLength(RoadCodes.MaxLength);
            b.Property(c => c.UnitCode).HasMaxLength(20);
            b.HasIndex(c => new { c.Level, c.Place }).IsUnique().Enforces("R-CHIEF", "该路长职位已设立");
            b.HasIndex(c => c.UnitCode);
            b.Ignore(c => c.Current);
            b.HasMany(c => c.Terms).WithOne().HasForeignKey(t => t.ChiefId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ChiefTerm>(b =>
        {
            b.ToTable("chief_terms");
            b.Property(t => t.HolderName).HasMaxLength(50);
            b.Property(t => t.Post).HasMaxLength(100);
            b.Property(t => t.OfficePhone).HasMaxLength(30);
            b.Property(t => t.AppointedBy).HasMaxLength(256);
            // R-CHIEF: one holder at a time; a change closes the current term in the same save that opens the next.
            b.HasIndex(t => t.ChiefId, "IX_chief_terms_current_per_chief").IsUnique().HasFilter("last_day IS NULL")
                .Enforces("R-CHIEF", "该路长职位刚由他人变更，请刷新后再试");
        });
        PatrolModel.Configure(modelBuilder);
        ProblemModel.Configure(modelBuilder);
        modelBuilder.ApplyZhiliConventions(this, Module);
    }
}
