namespace Zhili.BuildingBlocks.Persistence;

/// <summary>
/// How a part names its aggregate (ARCHITECTURE rule 16): by its foreign key to an owner that deletes it on cascade,
/// the owner being an <see cref="IVersioned"/> aggregate or another part (an escalation belongs to a supervision, which
/// belongs to an appeal). Nothing else marks a part, so the aggregates of modules to come find their parts by
/// themselves. A part of a part is changed with its owner loaded; its aggregate may be left unloaded.
/// </summary>
internal static class AggregateParts
{
    private const string Annotation = "Zhili:Owners";

    /// <summary>The part's owning relationships (none for a record that is not a part); worked out once per model.</summary>
    public static IReadOnlyList<IForeignKey> OwnersOf(IEntityType type) =>
        type.GetOrAddRuntimeAnnotationValue(Annotation, t => Owners(t!, 0), type);

    // The depth bounds a cycle of cascading relationships, which no sane model has.
    private static IForeignKey[] Owners(IEntityType type, int depth) => depth > 8 || typeof(IVersioned).IsAssignableFrom(type.ClrType) ? []
        : type.GetForeignKeys()
            .Where(fk => fk.DeleteBehavior == DeleteBehavior.Cascade && fk.PrincipalKey.Properties.Count == 1
                && (typeof(IVersioned).IsAssignableFrom(fk.PrincipalEntityType.ClrType) || Owners(fk.PrincipalEntityType, depth + 1).Length > 0))
            .ToArray();

    /// <summary>UPDATE … SET version = version + 1 WHERE key = {0}, for an aggregate the save has not loaded.</summary>
    public static string IncrementSql(DbContext context, IEntityType type)
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        var store = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var version = sql.DelimitIdentifier(type.FindProperty(nameof(IVersioned.Version))!.GetColumnName(store)!);
        var key = sql.DelimitIdentifier(type.FindPrimaryKey()!.Properties[0].GetColumnName(store)!);
        // Not audited: a version moved alone guards the race (rule 16) and changes nothing a person did.
        return $"UPDATE {sql.DelimitIdentifier(store.Name, store.Schema)} SET {version} = {version} + 1 WHERE {key} = {{0}}";
    }

    /// <summary>The save's loaded records by key, built once per save and only when a part changed.</summary>
    public sealed class Index(IReadOnlyList<EntityEntry> tracked)
    {
        private readonly Dictionary<IKey, Dictionary<object, EntityEntry>> byKey = [];

        /// <summary>Adds the aggregates of a changed part: loaded ones to <paramref name="roots"/>, others to <paramref name="unloaded"/>.</summary>
        public void RootsOf(EntityEntry part, HashSet<EntityEntry> roots, HashSet<(IEntityType, object)> unloaded)
        {
            foreach (var owner in OwnersOf(part.Metadata))
            {
                var values = part.State == EntityState.Deleted ? part.OriginalValues : part.CurrentValues;
                if (values[owner.Properties[0]] is not { } key)
                {
                    continue;
                }

                if (Find(owner.PrincipalKey, key) is { } principal)
                {
                    if (principal.Entity is IVersioned)
                    {
                        roots.Add(principal);
                    }
                    else
                    {
                        RootsOf(principal, roots, unloaded);
                    }
                }
                else if (typeof(IVersioned).IsAssignableFrom(owner.PrincipalEntityType.ClrType) && owner.PrincipalKey.IsPrimaryKey())
                {
                    unloaded.Add((owner.PrincipalEntityType, key));
                }
            }
        }

        private EntityEntry? Find(IKey key, object value)
        {
            if (!byKey.TryGetValue(key, out var entries))
            {
                var property = key.Properties[0];
                entries = [];
                foreach (var entry in tracked.Where(e => key.DeclaringEntityType.IsAssignableFrom(e.Metadata)))
                {
                    if (entry.CurrentValues[property] is { } held)
                    {
                        entries.TryAdd(held, entry);
                    }
                }

                byKey[key] = entries;
            }

            return entries.GetValueOrDefault(value);
        }
    }
}
