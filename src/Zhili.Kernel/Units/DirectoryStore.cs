namespace Zhili.Kernel.Units;

/// <summary>Keeps the directory table and the in-memory snapshot (<see cref="AdminUnitsHolder"/>) in step.</summary>
public sealed class DirectoryStore(KernelDbContext db, AdminUnitsHolder holder, TimeProvider clock)
{
    /// <summary>K-UNITS: inserts every seed unit that is missing (by code). Idempotent.</summary>
    public async Task SeedAsync(CancellationToken ct)
    {
        var existing = await db.Units.Select(u => u.Code).ToListAsync(ct);
        var missing = UnitSeed.All.Where(u => !existing.Contains(u.Code)).ToList();
        if (missing.Count > 0)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            db.Units.AddRange(missing.Select(u => Copy(u, now, "seed")));
            await db.SaveChangesAsync(ct);
        }
    }

    public async Task ReloadAsync(CancellationToken ct) =>
        holder.Replace(await db.Units.AsNoTracking().ToListAsync(ct));

    /// <summary>Adds a street or township (the request was validated by <see cref="NewUnitValidator"/>).</summary>
    public async Task<AdminUnit> AddAsync(NewUnit request, string? by, CancellationToken ct)
    {
        // The parent as stored: adding under it changes it (its children's order), so two adds at once cannot both pass (rule 16).
        var parent = await db.Units.SingleOrDefaultAsync(u => u.Code == request.ParentCode, ct)
            ?? throw new RuleViolationException("parentCode", $"上级单位 {request.ParentCode} 不存在", "K-UNITS");
        if (!DataScope.Current.Covers(parent.Code))
        {
            // An administrator adds streets under the counties of its own scope only (ARCHITECTURE rule 15).
            throw new OutOfScopeException($"unit {parent.Code} is outside the caller's scope");
        }

        var last = await db.Units.Where(u => u.ParentCode == parent.Code).MaxAsync(u => (int?)u.SortOrder, ct);
        db.Touch(parent);
        var unit = new AdminUnit
        {
            Code = request.Code.Trim(),
            Name = request.Name.Trim(),
            Kind = request.Kind,
            ParentCode = parent.Code,
            InUrbanScope = parent.InUrbanScope,
            SortOrder = last is { } order ? order + 1 : parent.SortOrder * 1000,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = by,
        };
        db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        await ReloadAsync(ct);
        return unit;
    }

    private static AdminUnit Copy(AdminUnit u, DateTime at, string by) => new()
    {
        Code = u.Code, Name = u.Name, Kind = u.Kind, ParentCode = u.ParentCode, BlockCode = u.BlockCode,
        InUrbanScope = u.InUrbanScope, SortOrder = u.SortOrder, Seeded = u.Seeded, CreatedAt = at, CreatedBy = by,
    };
}
