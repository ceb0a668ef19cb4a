using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Zhili.BuildingBlocks.Security;

namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// One change as seen just before it is saved. Changes and deletions are read then (afterwards the original values are
/// gone); an added record is read after the insert, because a key the database generates is only known then.
/// </summary>
public sealed class AuditDraft
{
    /// <summary>Properties never written to the audit log: password hashes, stamps, key hashes, key material.</summary>
    public static readonly IReadOnlySet<string> SecretProperties =
        new HashSet<string>(StringComparer.Ordinal) { "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Hash", "Xml" };

    private readonly EntityEntry entry;

    private AuditDraft(EntityEntry entry, string action, string? entityId, string? before, string? after)
    {
        this.entry = entry;
        Action = action;
        EntityId = entityId;
        Before = before;
        After = after;
    }

    public string Action { get; }

    public string Entity => entry.Metadata.HasSharedClrType ? entry.Metadata.ShortName() : entry.Metadata.ClrType.Name;

    public string? EntityId { get; private set; }

    public string? Before { get; }

    public string? After { get; private set; }

    /// <summary>The request a background writer saved this record for (<see cref="ActorSnapshot"/>), if any.</summary>
    public ActorSnapshot? ActedFor => ActorSnapshot.AttributedTo(entry.Entity);

    /// <summary>The draft of an added, changed or deleted entry, or null for entries the audit log leaves out.</summary>
    public static AuditDraft? Of(EntityEntry entry)
    {
        if (IsLeftOut(entry.Metadata))
        {
            return null;
        }

        return entry.State switch
        {
            EntityState.Added => new AuditDraft(entry, nameof(EntityState.Added), null, null, null),
            EntityState.Deleted => new AuditDraft(entry, nameof(EntityState.Deleted), KeyOf(entry),
                AuditJson.Write(Logged(entry).Select(p => Pair(p, entry.OriginalValues[p]))), null),
            EntityState.Modified => Modified(entry),
            _ => null,
        };
    }

    /// <summary>After the insert: the key and the values as stored (including those the database generated).</summary>
    public void Complete()
    {
        if (Action == nameof(EntityState.Added))
        {
            EntityId = KeyOf(entry);
            After = AuditJson.Write(Logged(entry).Select(p => Pair(p, entry.CurrentValues[p])));
        }
    }

    private static AuditDraft Modified(EntityEntry entry)
    {
        // Only what changed; a property marked modified but holding its old value (Update() of a detached entity) is left out.
        var changed = Logged(entry)
            .Where(p => entry.Property(p.Name).IsModified && !Equals(entry.OriginalValues[p], entry.CurrentValues[p]))
            .ToList();
        return new AuditDraft(entry, nameof(EntityState.Modified), KeyOf(entry),
            AuditJson.Write(changed.Select(p => Pair(p, entry.OriginalValues[p]))),
            AuditJson.Write(changed.Select(p => Pair(p, entry.CurrentValues[p]))));
    }

    private static bool IsLeftOut(IEntityType type) =>
        type.ClrType == typeof(AuditRecord)
        // Data-protection keys are key material: not even the fact of a new key is logged (the module has no reference to the type).
        || type.ClrType.FullName == "Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey";

    private static IEnumerable<IProperty> Logged(EntityEntry entry) =>
        entry.Metadata.GetProperties().Where(p => !SecretProperties.Contains(p.Name) && !IsUserToken(entry.Metadata, p));

    // Identity's user tokens hold authenticator keys and recovery codes in Value.
    private static bool IsUserToken(IEntityType type, IProperty property) =>
        property.Name == "Value" && type.ClrType.Name.StartsWith("IdentityUserToken", StringComparison.Ordinal);

    private static string KeyOf(EntityEntry entry) =>
        string.Join('|', entry.Metadata.FindPrimaryKey()?.Properties.Select(p => AuditJson.Text(entry.CurrentValues[p])) ?? []);

    private static KeyValuePair<string, object?> Pair(IProperty property, object? value) => new(property.Name, value);
}
