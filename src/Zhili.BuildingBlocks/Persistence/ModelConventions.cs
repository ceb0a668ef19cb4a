using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Zhili.BuildingBlocks.Persistence;

/// <summary>
/// The house conventions for every module's model (ARCHITECTURE rule 9): on PostgreSQL a schema per module,
/// on SQLite a table prefix per module; DateTime (nullable or not) always read back as UTC; versions as concurrency
/// tokens. Tables and columns are named in snake_case by EFCore.NamingConventions (set with the provider).
/// </summary>
public static class ModelConventions
{
    private static readonly ValueComparer<List<string>> StringLists = new(
        (a, b) => ReferenceEquals(a, b) || (a != null && b != null && a.SequenceEqual(b)),
        v => v.Aggregate(0, (hash, s) => HashCode.Combine(hash, s)),
        v => v.ToList());

    public static void ApplyZhiliConventions(this ModelBuilder modelBuilder, DbContext context, string module)
    {
        var postgres = context.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        if (postgres)
        {
            modelBuilder.HasDefaultSchema(module);
        }

        modelBuilder.MapAuditRecords(postgres, module);

        var utc = new ValueConverter<DateTime, DateTime>(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (typeof(IUnitScoped).IsAssignableFrom(entity.ClrType) && entity.BaseType is null)
            {
                entity.SetQueryFilter(ScopeFilter(context, entity.ClrType));
            }

            // ARCHITECTURE rule 16: the aggregate's version guards every save of it (VersionInterceptor moves it).
            if (typeof(IVersioned).IsAssignableFrom(entity.ClrType) && entity.BaseType is null)
            {
                entity.FindProperty(nameof(IVersioned.Version))!.IsConcurrencyToken = true;
            }

            if (table is not null && !postgres && !entity.IsOwned() && entity.FindAnnotation(AuditModel.SharedTable) is null)
            {
                entity.SetTableName($"{module}_{table}");
            }

            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(DateTime) || p.ClrType == typeof(DateTime?)))
            {
                property.SetValueConverter(utc);
            }

            // EF's own comparer for a list of strings builds and compiles a new element comparer on every snapshot and
            // comparison, which made each saved appeal (its co-handling units) cost a compilation.
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(List<string>)))
            {
                property.SetValueComparer(StringLists);
            }
        }

        KeepConstraintNames(modelBuilder);
    }

    /// <summary>
    /// The naming library writes keys, foreign keys and indexes in lower case (<c>pk_appeals</c>); the schema has EF's own
    /// names for them (<c>PK_appeals</c>), made from the snake_case table and column names, and keeps them. A name a
    /// configuration gave (Identity's <c>UserNameIndex</c>) stays as given.
    /// </summary>
    private static void KeepConstraintNames(ModelBuilder modelBuilder)
    {
        static bool Given(ConfigurationSource? source) => source is ConfigurationSource.Explicit or ConfigurationSource.DataAnnotation;
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            foreach (var key in entity.GetDeclaredKeys().Where(k => !Given(((IConventionKey)k).GetNameConfigurationSource())))
            {
                key.SetName(key.GetDefaultName());
            }

            foreach (var foreignKey in entity.GetDeclaredForeignKeys().Where(f => !Given(((IConventionForeignKey)f).GetConstraintNameConfigurationSource())))
            {
                foreignKey.SetConstraintName(foreignKey.GetDefaultName());
            }

            foreach (var index in entity.GetDeclaredIndexes().Where(i => !Given(((IConventionIndex)i).GetDatabaseNameConfigurationSource())))
            {
                // A named index (an invariant of rule 16) is called by its name, as EF does.
                index.SetDatabaseName(index.Name ?? index.GetDefaultDatabaseName());
            }
        }
    }

    /// <summary>The query half of the data scope: <c>e => context.Scope.IsUnrestricted || context.Scope.Units.Contains(e.UnitCode)</c>.</summary>
    private static LambdaExpression ScopeFilter(DbContext context, Type clrType)
    {
        if (context is not IDataScopedContext)
        {
            throw new InvalidOperationException(
                $"{context.GetType().Name} holds unit-scoped {clrType.Name} records and must implement {nameof(IDataScopedContext)}.");
        }

        var e = Expression.Parameter(clrType, "e");
        var scope = Expression.Property(
            Expression.Convert(Expression.Constant(context, context.GetType()), typeof(IDataScopedContext)), nameof(IDataScopedContext.Scope));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)],
            Expression.Property(scope, nameof(DataScope.Units)), Expression.Property(e, nameof(IUnitScoped.UnitCode)));
        return Expression.Lambda(Expression.OrElse(Expression.Property(scope, nameof(DataScope.IsUnrestricted)), contains), e);
    }
}
