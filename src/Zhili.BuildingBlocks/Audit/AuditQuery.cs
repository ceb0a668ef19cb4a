namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// The auditor's search, shared by the page, its .xlsx export and the API: by person, unit (and the units under it),
/// entity, record id and a range of civil dates (Asia/Shanghai, both days included), always within the reader's data
/// scope (ARCHITECTURE rule 11): a reader limited to some units sees only the audit records of records in those units.
/// </summary>
public sealed record AuditQuery(
    string? Actor = null, string? Unit = null, string? Entity = null, string? EntityId = null, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>Newest first unless the caller sorts otherwise.</summary>
    public const string DefaultSort = "-at";

    // K-TZ (the kernel's Civil): Asia/Shanghai is UTC+8 all year, with no daylight saving time since 1991.
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static readonly Dictionary<string, Expression<Func<AuditRecord, object?>>> SortKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["at"] = r => r.At,
        ["actor"] = r => r.Actor,
        ["unit"] = r => r.UnitCode,
        ["module"] = r => r.Module,
        ["entity"] = r => r.Entity,
        ["entityId"] = r => r.EntityId,
        ["action"] = r => r.Action,
        ["id"] = r => r.Id,
    };

    public static IReadOnlyCollection<string> Sorts => SortKeys.Keys;

    /// <summary>The first instant of <paramref name="day"/> in Zhengzhou, as UTC.</summary>
    public static DateTime StartUtc(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - Shanghai, DateTimeKind.Utc);

    /// <summary>An instant as Zhengzhou's wall-clock time.</summary>
    public static DateTime Local(DateTime utc) => DateTime.SpecifyKind(utc + Shanghai, DateTimeKind.Unspecified);

    public IQueryable<AuditRecord> Apply(IQueryable<AuditRecord> records)
    {
        var query = records.AsNoTracking();
        var scope = DataScope.Current;
        if (!scope.IsUnrestricted)
        {
            // Records of records without a unit (units, users' roles, categories…) are for city-wide readers only.
            var units = scope.Units;
            query = query.Where(r => r.ScopeUnit != null && units.Contains(r.ScopeUnit));
        }

        if (Trim(Actor) is { } actor)
        {
            query = query.Where(r => r.Actor.Contains(actor));
        }

        if (Trim(Unit) is { } unit)
        {
            // A unit's code is the prefix of the codes of the streets under it (410105 → 410105001).
            query = query.Where(r => r.UnitCode != null && r.UnitCode.StartsWith(unit));
        }

        if (Trim(Entity) is { } entity)
        {
            query = query.Where(r => r.Entity == entity);
        }

        if (Trim(EntityId) is { } id)
        {
            query = query.Where(r => r.EntityId == id);
        }

        if (From is { } from)
        {
            var start = StartUtc(from);
            query = query.Where(r => r.At >= start);
        }

        if (To is { } to)
        {
            var end = StartUtc(to.AddDays(1));
            query = query.Where(r => r.At < end);
        }

        return query;
    }

    /// <summary>Sorted by a known key (unknown ones fall back to the default), ties broken by id so pages never overlap.</summary>
    public static IOrderedQueryable<AuditRecord> Sort(IQueryable<AuditRecord> query, string? sort)
    {
        var (key, descending) = new PageRequest(Sort: sort).SortKey();
        if (key is null || !SortKeys.ContainsKey(key))
        {
            (key, descending) = (DefaultSort[1..], true);
        }

        var expression = SortKeys[key];
        return descending
            ? query.OrderByDescending(expression).ThenByDescending(r => r.Id)
            : query.OrderBy(expression).ThenBy(r => r.Id);
    }

    public async Task<Page<AuditRecord>> PageAsync(IQueryable<AuditRecord> records, PageRequest request, CancellationToken ct)
    {
        var r = request.Normalized();
        var query = Apply(records);
        var total = await query.CountAsync(ct);
        var items = await Sort(query, r.Sort).Skip((r.Page - 1) * r.PageSize).Take(r.PageSize).ToListAsync(ct);
        var (key, descending) = r.SortKey();
        var applied = key is not null && SortKeys.ContainsKey(key) ? (descending ? "-" : "") + key : DefaultSort;
        return new Page<AuditRecord>(items, r.Page, r.PageSize, total, applied);
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
