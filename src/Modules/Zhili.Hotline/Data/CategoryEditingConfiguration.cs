namespace Zhili.Hotline.Data;

/// <summary>The office's edits of the category tree: retirement and per-type SLA overrides (H-FLOW, H-SLA).</summary>
internal static class CategoryEditingConfiguration
{
    /// <summary>PostgreSQL identity numbers start above the seeded ids, so the office's first new category does not collide.</summary>
    public const int FirstNewId = 1000;

    public static void Configure(EntityTypeBuilder<Category> builder, bool postgres)
    {
        builder.HasMany(c => c.Sla).WithOne().HasForeignKey(s => s.CategoryId).OnDelete(DeleteBehavior.Cascade);
        if (postgres)
        {
            builder.Property(c => c.Id).HasIdentityOptions(startValue: FirstNewId);
        }
    }
}

internal sealed class CategorySlaConfiguration : IEntityTypeConfiguration<CategorySla>
{
    public void Configure(EntityTypeBuilder<CategorySla> builder)
    {
        builder.ToTable("category_slas");
        builder.HasIndex(s => new { s.CategoryId, s.Type }).IsUnique();
    }
}
