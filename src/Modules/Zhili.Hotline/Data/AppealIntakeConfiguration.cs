namespace Zhili.Hotline.Data;

/// <summary>
/// What intake adds to an appeal: the keys and indexes behind duplicate suggestions (same phone, same category, each within a
/// window of received times), the followers of a primary (H-FLOW), and on PostgreSQL a GIN
/// index so that a co-handling unit's list (<c>co_unit_codes &amp;&amp; units</c>) does not read every appeal.
/// </summary>
internal static class AppealIntakeConfiguration
{
    public static void Configure(EntityTypeBuilder<Appeal> builder, bool postgres)
    {
        builder.Property(a => a.AddressKey).HasMaxLength(Addresses.MaxKeyLength);
        builder.Property(a => a.CallerPhoneKey).HasMaxLength(20);
        builder.HasIndex(a => new { a.CallerPhoneKey, a.ReceivedAt });
        builder.HasIndex(a => new { a.CategoryCode, a.ReceivedAt });
        // No foreign keys: appeals and answers are never deleted and the domain sets both ids from loaded records, and on
        // SQLite a new foreign key would rebuild the whole appeals table outside a transaction.
        builder.HasIndex(a => a.PrimaryAppealId);
        if (postgres)
        {
            builder.HasIndex(a => a.CoUnitCodes).HasMethod("gin");
        }
    }
}
