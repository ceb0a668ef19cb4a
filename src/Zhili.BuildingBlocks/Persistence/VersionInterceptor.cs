namespace Zhili.BuildingBlocks.Persistence;

/// <summary>
/// Moves the version of every aggregate a save changes (ARCHITECTURE rule 16): a changed <see cref="IVersioned"/>
/// record, and the aggregate of every added, changed or deleted part, found through the part's owning relationship
/// (<see cref="AggregateParts"/>). Without it a race that only adds parts (two pending extensions, two open
/// supervisions) would slip through, since neither save changes the aggregate's own row. The version moves by one from
/// the value read, and the save's UPDATE requires that value, so of two saves of one aggregate only the first succeeds.
/// An aggregate the save has not loaded is moved by a plain UPDATE in the save's transaction: writers that loaded it
/// then fail. Runs after the scope guard and the audit trail, so a version that moved alone is neither judged nor logged.
/// </summary>
public sealed class VersionInterceptor : SaveChangesInterceptor
{
    public static readonly VersionInterceptor Instance = new();

    private VersionInterceptor()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            foreach (var (sql, key) in Bump(context))
            {
                // Not audited: a version moved alone guards the race (rule 16) and changes nothing a person did.
                context.Database.ExecuteSqlRaw(sql, key);
            }
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            foreach (var (sql, key) in Bump(context))
            {
                // Not audited: a version moved alone guards the race (rule 16) and changes nothing a person did.
                await context.Database.ExecuteSqlRawAsync(sql, [key], cancellationToken);
            }
        }

        return result;
    }

    /// <summary>Moves the version of each loaded aggregate the save changes; returns the UPDATEs for those it has not loaded.</summary>
    private static List<(string Sql, object Key)> Bump(DbContext context)
    {
        var tracked = context.ChangeTracker.Entries().ToList();
        var roots = new HashSet<EntityEntry>();
        var unloaded = new HashSet<(IEntityType Type, object Key)>();
        AggregateParts.Index? loaded = null;
        foreach (var entry in tracked.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            if (entry.Entity is IVersioned)
            {
                if (entry.State == EntityState.Modified)
                {
                    roots.Add(entry);
                }

                continue;
            }

            if (AggregateParts.OwnersOf(entry.Metadata).Count > 0)
            {
                loaded ??= new AggregateParts.Index(tracked);
                loaded.RootsOf(entry, roots, unloaded);
            }
        }

        roots.UnionWith(Versions.TakeTouched(context).Select(r => context.Entry(r)));
        foreach (var root in roots.Where(r => r.State is EntityState.Modified or EntityState.Unchanged))
        {
            var version = root.Property(nameof(IVersioned.Version));
            version.CurrentValue = (int)version.OriginalValue! + 1;
        }

        return unloaded.Select(u => (AggregateParts.IncrementSql(context, u.Type), u.Key)).ToList();
    }
}
