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

    private readonly IEntityType type;
    private readonly object record;
    private readonly AuditPrivacy privacy;

    // The record's values as EF holds them (an entry) or, for a record written without SaveChanges, its properties.
    private readonly Func<IProperty, object?> current;

    private AuditDraft(EntityEntry entry, AuditPrivacy privacy, string action, string? entityId, string? before, string? after)
        : this(entry.Metadata, entry.Entity, privacy, p => entry.CurrentValues[p], action, entityId, before, after)
    {
        // A deleted record belonged to its unit as it was; an added or changed one belongs to its unit as it is now.
        if (entry.State == EntityState.Deleted && entry.Entity is IUnitScoped)
        {
            ScopeUnit = entry.OriginalValues[nameof(IUnitScoped.UnitCode)] as string;
        }
    }

    private AuditDraft(
        IEntityType type, object record, AuditPrivacy privacy, Func<IProperty, object?> current, string action, string? entityId, string? before, string? after)
    {
        this.type = type;
        this.record = record;
        this.privacy = privacy;
        this.current = current;
        Action = action;
        EntityId = entityId;
        Before = before;
        After = after;
        ScopeUnit = (record as IUnitScoped)?.UnitCode;
    }

    public string Action { get; }

    public string Entity => type.HasSharedClrType ? type.ShortName() : type.ClrType.Name;

    public string? EntityId { get; private set; }

    /// <summary>The unit of the record the change describes, when it is unit-scoped (ARCHITECTURE rule 11).</summary>
    public string? ScopeUnit { get; }

    public string? Before { get; }

    public string? After { get; private set; }

    /// <summary>The request a background writer saved this record for (<see cref="ActorSnapshot"/>), if any.</summary>
    public ActorSnapshot? ActedFor => ActorSnapshot.AttributedTo(record);

    /// <summary>The draft of an added, changed or deleted entry, or null for entries the audit log leaves out.</summary>
    public static AuditDraft? Of(EntityEntry entry, AuditPrivacy privacy)
    {
        if (IsLeftOut(entry.Metadata))
        {
            return null;
        }

        return entry.State switch
        {
            EntityState.Added => new AuditDraft(entry, privacy, nameof(EntityState.Added), null, null, null),
            EntityState.Deleted => new AuditDraft(entry, privacy, nameof(EntityState.Deleted), KeyOf(entry.Metadata, p => entry.CurrentValues[p]),
                privacy.Json(entry.Entity, Logged(entry.Metadata).Select(p => Pair(p, entry.OriginalValues[p]))), null),
            EntityState.Modified => Modified(entry, privacy),
            _ => null,
        };
    }

    /// <summary>
    /// The draft of a change written without SaveChanges (an ExecuteUpdate): the changed properties' values before and
    /// after, as read in the writing transaction.
    /// </summary>
    public static AuditDraft Updated(IEntityType type, object record, AuditPrivacy privacy, IReadOnlyDictionary<string, object?> before, IReadOnlyDictionary<string, object?> after) =>
        new(type, record, privacy, p => p.GetGetter().GetClrValue(record), nameof(EntityState.Modified),
            KeyOf(type, p => p.GetGetter().GetClrValue(record)),
            privacy.Json(record, before.Select(b => Pair(type.FindProperty(b.Key)!, b.Value))),
            privacy.Json(record, after.Select(a => Pair(type.FindProperty(a.Key)!, a.Value))));

    /// <summary>After the insert: the key and the values as stored (including those the database generated).</summary>
    public void Complete()
    {
        if (Action == nameof(EntityState.Added))
        {
            EntityId = KeyOf(type, current);
            After = privacy.Json(record, Logged(type).Select(p => Pair(p, current(p))));
        }
    }

    private static AuditDraft Modified(EntityEntry entry, AuditPrivacy privacy)
    {
        // Only what changed; a property marked modified but holding its old value (Update() of a detached entity) is left out.
        var changed = Logged(entry.Metadata)
            .Where(p => entry.Property(p.Name).IsModified && !Equals(entry.OriginalValues[p], entry.CurrentValues[p]))
            .ToList();
        return new AuditDraft(entry, privacy, nameof(EntityState.Modified), KeyOf(entry.Metadata, p => entry.CurrentValues[p]),
            privacy.Json(entry.Entity, changed.Select(p => Pair(p, entry.OriginalValues[p]))),
            privacy.Json(entry.Entity, changed.Select(p => Pair(p, entry.CurrentValues[p]))));
    }

    private static bool IsLeftOut(IEntityType type) =>
        type.ClrType == typeof(AuditRecord) || type.ClrType == typeof(AuditSeal)
        // Data-protection keys are key material: not even the fact of a new key is logged (the module has no reference to the type).
        || type.ClrType.FullName == "Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey";

    private static IEnumerable<IProperty> Logged(IEntityType type) =>
        type.GetProperties().Where(p => !SecretProperties.Contains(p.Name) && !IsUserToken(type, p));

    // Identity's user tokens hold authenticator keys and recovery codes in Value.
    private static bool IsUserToken(IEntityType type, IProperty property) =>
        property.Name == "Value" && type.ClrType.Name.StartsWith("IdentityUserToken", StringComparison.Ordinal);

    private static string KeyOf(IEntityType type, Func<IProperty, object?> current) =>
        string.Join('|', type.FindPrimaryKey()?.Properties.Select(p => AuditJson.Text(current(p))) ?? []);

    private static KeyValuePair<IProperty, object?> Pair(IProperty property, object? value) => new(property, value);
}
