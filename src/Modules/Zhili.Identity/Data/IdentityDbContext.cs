using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Zhili.Identity.Data;

public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options)
    : IdentityDbContext<ZhiliUser, IdentityRole, string>(options), IDataProtectionKeyContext, IDataScopedContext
{
    public const string Module = "identity";

    /// <summary>The partner keys, of which every node keeps the ones presented to it (ARCHITECTURE rule 18).</summary>
    public static readonly DataSet PartnerKeys = DataSet.Stamped("identity.partner-keys", typeof(ApiKey));

    /// <summary>The data scope in force (read by the query filters of unit-scoped records, per query).</summary>
    public DataScope Scope => DataScope.Current;

    public DbSet<InboxItem> InboxItems => Set<InboxItem>();

    public DbSet<InboxRead> InboxReads => Set<InboxRead>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    /// <summary>Failed sign-ins per (account, address) and per address, shared by every app node.</summary>
    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();

    /// <summary>The keys that protect cookies and antiforgery tokens, shared by every app node.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.MapFreshStamps([PartnerKeys]);
        builder.Entity<ZhiliUser>(b =>
        {
            b.ToTable("users");
            b.Property(u => u.UnitCode).HasMaxLength(20);
            b.Property(u => u.DisplayName).HasMaxLength(60);
            b.HasIndex(u => u.UnitCode);
        });
        builder.Entity<IdentityRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
        builder.Entity<InboxItem>(b =>
        {
            b.ToTable("inbox_items");
            b.Property(i => i.UnitCode).HasMaxLength(20);
            b.Property(i => i.UserName).HasMaxLength(256);
            b.Property(i => i.Kind).HasMaxLength(40);
            b.Property(i => i.Title).HasMaxLength(200);
            b.Property(i => i.Link).HasMaxLength(400);
            b.Property(i => i.Rule).HasMaxLength(20);
            b.HasIndex(i => new { i.UnitCode, i.CreatedAt });
            b.HasIndex(i => i.UserName);
        });
        builder.Entity<InboxRead>(b =>
        {
            b.ToTable("inbox_reads");
            b.HasKey(r => new { r.ItemId, r.UserName });
            b.Property(r => r.UserName).HasMaxLength(256);
        });
        builder.Entity<ApiKey>(b =>
        {
            b.ToTable("api_keys");
            b.Property(k => k.Prefix).HasMaxLength(16);
            b.HasIndex(k => k.Prefix).IsUnique();
            b.Property(k => k.Hash).HasMaxLength(64);
            b.Property(k => k.Partner).HasMaxLength(100);
            b.Property(k => k.Scopes).HasMaxLength(400);
            b.Property(k => k.CreatedBy).HasMaxLength(256);
            b.Property(k => k.RevokedBy).HasMaxLength(256);
            b.Ignore(k => k.ScopeList);
        });
        builder.Entity<SignInFailure>(b =>
        {
            b.ToTable("sign_in_failures");
            b.HasKey(f => f.Key);
            b.Property(f => f.Key).HasMaxLength(64);
            // Old runs are deleted by time (SignInFailures.RecordAsync).
            b.HasIndex(f => f.LastAt);
        });
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        builder.ApplyZhiliConventions(this, Module);
    }
}
