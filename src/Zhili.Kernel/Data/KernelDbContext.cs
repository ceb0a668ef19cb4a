using Zhili.BuildingBlocks.Freshness;

namespace Zhili.Kernel.Data;

public sealed class KernelDbContext(DbContextOptions<KernelDbContext> options) : DbContext(options)
{
    public const string Module = "kernel";

    /// <summary>K-UNITS, K-YEAR: every node keeps the directory and the calendar in memory (ARCHITECTURE rule 18).</summary>
    public static readonly DataSet Directory = DataSet.Stamped("kernel.units", typeof(AdminUnit));

    public static readonly DataSet Calendar = DataSet.Stamped("kernel.calendar", typeof(CalendarYearRecord));

    public static readonly IReadOnlyList<DataSet> DataSets = [Directory, Calendar];

    public DbSet<AdminUnit> Units => Set<AdminUnit>();

    public DbSet<CalendarYearRecord> CalendarYears => Set<CalendarYearRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AdminUnit>(b =>
        {
            b.ToTable("units");
            b.HasKey(u => u.Code);
            b.Property(u => u.Code).HasMaxLength(20);
            b.Property(u => u.Name).HasMaxLength(60);
            b.Property(u => u.Kind).HasConversion<string>().HasMaxLength(20);
            b.Property(u => u.ParentCode).HasMaxLength(20);
            b.Property(u => u.BlockCode).HasMaxLength(20);
            b.Property(u => u.CreatedBy).HasMaxLength(100);
            b.Ignore(u => u.Block);
            b.HasIndex(u => u.ParentCode);
            b.HasIndex(u => new { u.ParentCode, u.Name }).IsUnique().Enforces("K-UNITS", "上级单位下刚有同名单位登记");
        });
        modelBuilder.Entity<CalendarYearRecord>(b =>
        {
            b.ToTable("calendar_years");
            b.HasKey(y => y.Year);
            b.Property(y => y.Year).ValueGeneratedNever();
            b.Property(y => y.Source).HasMaxLength(1000);
            b.Property(y => y.ImportedBy).HasMaxLength(100);
        });
        modelBuilder.MapFreshStamps(DataSets);
        modelBuilder.ApplyZhiliConventions(this, Module);
    }
}
