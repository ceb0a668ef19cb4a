using System.Linq.Expressions;
using System.Text;
using Zhili.BuildingBlocks.Audit;
using Zhili.BuildingBlocks.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Zhili.BuildingBlocks.Persistence;

/// <summary>
/// The house conventions for every module's model (ARCHITECTURE rule 9): on PostgreSQL a schema per module,
/// on SQLite a table prefix per module; snake_case names; DateTime (nullable or not) always read back as UTC; versions as
/// concurrency tokens.
/// </summary>
public static class ModelConventions
{
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

            if (table is not null && !entity.IsOwned() && entity.FindAnnotation(AuditModel.SharedTable) is null)
            {
                var name = SnakeCase(table);
                entity.SetTableName(postgres ? name : $"{module}_{name}");
            }

            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
                if (property.ClrType == typeof(DateTime) || property.ClrType == typeof(DateTime?))
                {
                    property.SetValueConverter(utc);
                }
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

    public static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && (!char.IsUpper(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
