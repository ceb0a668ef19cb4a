namespace Zhili.Hotline.Data;

/// <summary>The model of the category editing, duplicate, knowledge-base and co-handling features (H-FLOW, H-SLA).</summary>
internal static class IntakeCatalogueModel
{
    /// <summary>The entity mappings that depend on the provider; before the house conventions, which name the tables and columns.</summary>
    public static void ApplyIntakeCatalogue(this ModelBuilder modelBuilder, DbContext context)
    {
        var postgres = context.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        CategoryEditingConfiguration.Configure(modelBuilder.Entity<Category>(), postgres);
        AppealIntakeConfiguration.Configure(modelBuilder.Entity<Appeal>(), postgres);
    }

    /// <summary>
    /// H-FLOW: co-handling units (协办单位) see the appeal too. After the house conventions, this filter replaces the
    /// data scope's filter on appeals with one that also admits a unit named among the co-handling units. The save
    /// guard still judges an appeal by its lead unit alone, so a co-handling unit can never change the appeal itself;
    /// the service lets it add notes only. The scope is read through the context, as the conventions do, so that EF
    /// evaluates it for every query. The street an appeal was passed down to (二级转办) reads it too; it changes only its
    /// own stage (a street-scoped record), never the appeal's row.
    /// </summary>
    public static void ScopeCoHandlingUnits(this ModelBuilder modelBuilder, HotlineDbContext context) =>
        modelBuilder.Entity<Appeal>().HasQueryFilter(a => context.Scope.IsUnrestricted
            || Enumerable.Contains(context.Scope.Units, a.UnitCode)
            || a.CoUnitCodes.Any(c => Enumerable.Contains(context.Scope.Units, c))
            || (a.StreetCode != null && Enumerable.Contains(context.Scope.Units, a.StreetCode)));
}
