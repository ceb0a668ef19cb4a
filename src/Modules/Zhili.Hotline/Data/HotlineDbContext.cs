namespace Zhili.Hotline.Data;

public sealed class HotlineDbContext(DbContextOptions<HotlineDbContext> options) : DbContext(options), IDataScopedContext
{
    public const string Module = "hotline";

    /// <summary>H-FLOW: the category tree intake screens codes against, kept by every node (LeafCategories).</summary>
    public static readonly DataSet CategoryTree = DataSet.Stamped("hotline.categories", typeof(Category), typeof(CategorySla));

    /// <summary>
    /// H-FLOW: the appeals, which change too often for one stamp row every writer would wait on: a change only wakes the
    /// nodes' duplicate feeds, which read the events themselves.
    /// </summary>
    public static readonly DataSet AppealChanges = DataSet.SignalOnly("hotline.appeals", typeof(Appeal), typeof(AppealEvent));

    public static readonly IReadOnlyList<DataSet> DataSets = [CategoryTree, AppealChanges];

    public DataScope Scope => DataScope.Current;

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Appeal> Appeals => Set<Appeal>();

    public DbSet<SupervisionCase> SupervisionCases => Set<SupervisionCase>();

    public DbSet<SupervisionNotice> SupervisionNotices => Set<SupervisionNotice>();
    public DbSet<KnowledgeAnswer> KnowledgeAnswers => Set<KnowledgeAnswer>();

    /// <summary>Appeals with everything the appeal's moves need (the scope filter applies to the appeal).</summary>
    public IQueryable<Appeal> AppealsWithHistory => Appeals
        .Include(a => a.Events).Include(a => a.Extensions).Include(a => a.Supervisions).ThenInclude(s => s.Escalations)
        .Include(a => a.StreetAssignments).AsSplitQuery();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Category>(b =>
        {
            b.ToTable("categories");
            b.Property(c => c.Code).HasMaxLength(6);
            b.HasIndex(c => c.Code).IsUnique().Enforces("H-FLOW", "该分类代码刚被他人新增");
            b.Property(c => c.Name).HasMaxLength(60);
            b.Property(c => c.ParentCode).HasMaxLength(6);
            b.Property(c => c.DefaultUnitCode).HasMaxLength(20);
            b.HasData(CategorySeed.All);
        });
        modelBuilder.Entity<Appeal>(b =>
        {
            b.ToTable("appeals");
            b.Property(a => a.TrackingNumber).HasMaxLength(20);
            b.HasIndex(a => a.TrackingNumber).IsUnique();
            b.Property(a => a.CallerName).HasMaxLength(50);
            b.Property(a => a.CallerPhone).HasMaxLength(20);
            b.Property(a => a.CategoryCode).HasMaxLength(6);
            b.Property(a => a.Address).HasMaxLength(200);
            b.Property(a => a.Description).HasMaxLength(4000);
            b.Property(a => a.UnitCode).HasMaxLength(20);
            b.Property(a => a.ReceivedBy).HasMaxLength(256);
            b.Property(a => a.DeadlineRule).HasMaxLength(20);
            b.Property(a => a.Reply).HasMaxLength(4000);
            b.HasIndex(a => new { a.UnitCode, a.State });
            b.HasIndex(a => a.ReceivedAt);
            b.HasMany(a => a.Events).WithOne().HasForeignKey(e => e.AppealId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(a => a.Extensions).WithOne().HasForeignKey(e => e.AppealId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(a => a.Supervisions).WithOne().HasForeignKey(e => e.AppealId).OnDelete(DeleteBehavior.Cascade);
            b.Ignore(a => a.OpenSupervision);
            StreetAssignmentConfiguration.MapAppeal(b);
        });
        modelBuilder.Entity<AppealEvent>(b =>
        {
            b.ToTable("appeal_events");
            b.Property(e => e.Kind).HasMaxLength(30);
            b.Property(e => e.Actor).HasMaxLength(256);
            b.Property(e => e.UnitCode).HasMaxLength(20);
            b.Property(e => e.Text).HasMaxLength(4000);
            b.Property(e => e.Rule).HasMaxLength(20);
        });
        modelBuilder.Entity<Extension>(b =>
        {
            b.ToTable("extensions");
            b.Property(e => e.UnitCode).HasMaxLength(20);
            b.Property(e => e.AppliedBy).HasMaxLength(256);
            b.Property(e => e.Reason).HasMaxLength(2000);
            b.Property(e => e.DecidedBy).HasMaxLength(256);
            b.Property(e => e.DecisionReason).HasMaxLength(2000);
            b.Property(e => e.DecisionRule).HasMaxLength(20);
            b.Property(e => e.CitizenNotice).HasMaxLength(1000);
            b.HasIndex(e => e.AppealId);
            // H-EXT: one pending application per appeal, also when two are filed at the same moment.
            b.HasIndex(e => e.AppealId, "IX_extensions_pending_per_appeal").IsUnique().HasFilter($"state = {(int)ExtensionState.Pending}")
                .Enforces("H-EXT", "已有一项延期申请待审批");
        });
        modelBuilder.Entity<Supervision>(b =>
        {
            b.ToTable("supervisions");
            b.Property(s => s.OpenedBy).HasMaxLength(256);
            b.Property(s => s.Reason).HasMaxLength(2000);
            b.HasIndex(s => s.AppealId);
            // H-LVL: one open supervision per appeal, also when two offices open one at the same moment.
            b.HasIndex(s => s.AppealId, "IX_supervisions_open_per_appeal").IsUnique().HasFilter("closed_at IS NULL")
                .Enforces("H-LVL", "该诉求已在督办中，请勿重复督办");
            b.HasMany(s => s.Escalations).WithOne().HasForeignKey(e => e.SupervisionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Escalation>(b =>
        {
            b.ToTable("escalations");
            b.Property(e => e.By).HasMaxLength(256);
            b.Property(e => e.Reason).HasMaxLength(2000);
        });
        // The module's configuration classes (supervision, bulletins, intake); those that depend on the provider are applied next.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HotlineDbContext).Assembly);
        modelBuilder.ApplyIntakeCatalogue(this);
        modelBuilder.MapFreshStamps(DataSets);
        modelBuilder.ApplyZhiliConventions(this, Module);
        modelBuilder.ScopeCoHandlingUnits(this);
    }
}
