using Zhili.Kernel.Masking;

namespace Zhili.WageArrears.Features.Editions;

/// <summary>
/// B-PUB: freezes a quarter's edition (every entry published as listed at the quarter's end, and every removal during
/// it), with exactly the published fields, persons masked (K-MASK); county listings only once acknowledged.
/// </summary>
public sealed class EditionService(WageArrearsDbContext db, Deadlines deadlines, LookupService lookup)
{
    public static DateOnly QuarterStart(int year, int quarter) => new(year, (quarter * 3) - 2, 1);

    public async Task<Edition> FreezeAsync(int year, int quarter, CancellationToken ct)
    {
        var start = QuarterStart(year, quarter);
        var end = start.AddMonths(3).AddDays(-1);
        if (deadlines.Today <= end)
        {
            throw new RuleViolationException("quarter", $"{year}年第{quarter}季度尚未结束，不能公布该季度名单", "B-PUB");
        }

        if (await db.Editions.AnyAsync(e => e.Year == year && e.Quarter == quarter, ct))
        {
            throw new RuleViolationException("quarter", $"{year}年第{quarter}季度名单已公布，不可更改", "B-PUB");
        }

        // Past the data scope: the city bureau publishes every unit's entries (B-PUB, L3055–3061).
        var acknowledged = db.Acknowledgements.Select(a => a.CaseId);
        var cases = await db.Cases.IgnoreQueryFilters().Include(c => c.Parties).ThenInclude(p => p.Persons).AsSplitQuery()
            .Where(c => c.ListedOn != null && c.ListedOn <= end && (c.RemovedOn == null || c.RemovedOn >= start))
            .Where(c => c.UnitCode.EndsWith("-RSJ") || acknowledged.Contains(c.Id))
            .OrderBy(c => c.ListedOn).ThenBy(c => c.Id).ToListAsync(ct);
        var edition = new Edition { Year = year, Quarter = quarter, FrozenAt = deadlines.Now };
        // Listings first, then removals, each in listing order (OrderBy is stable).
        edition.Rows.AddRange(cases.SelectMany(c => c.Parties.Select(p => Row(c, p, c.RemovedOn is { } r && r <= end)))
            .OrderBy(r => r.Kind));

        db.Editions.Add(edition);
        await db.SaveChangesAsync(ct);
        return edition;
    }

    private EditionRow Row(BlacklistCase c, Party p, bool removed)
    {
        var authority = lookup.AuthorityName(c.UnitCode);
        return new EditionRow
        {
            Kind = removed ? EditionEntryKind.Removal : EditionEntryKind.Listing,
            // K-MASK: a natural person (an individual subcontractor) is published as 张* with 410105********1234.
            EmployerName = p.IsNaturalPerson ? Mask.Name(p.Name) : p.Name,
            IdNumber = p.IsNaturalPerson ? Mask.IdNumber(p.IdNumber) : null,
            LegalRepresentative = string.Join("、", p.Persons.Where(x => x.Role == PersonRole.LegalRepresentative).Select(x => Mask.Name(x.Name))),
            OtherResponsiblePersons = string.Join("、", p.Persons.Where(x => x.Role == PersonRole.Other).Select(x => Mask.Name(x.Name))),
            CreditCode = p.CreditCode,
            ListedOn = c.ListedOn!.Value,
            Grounds = Grounds.Text(c.Grounds),
            Redress = JointPunishment.Redress(authority),
            DecidingAuthority = authority,
            RemovedOn = removed ? c.RemovedOn : null,
        };
    }

    public Task<List<Edition>> ListAsync(CancellationToken ct) =>
        db.Editions.AsNoTracking().OrderByDescending(e => e.Year).ThenByDescending(e => e.Quarter).ToListAsync(ct);

    /// <summary>An edition's rows, optionally only those whose employer name or credit code contains <paramref name="search"/>.</summary>
    public async Task<(Edition Edition, List<EditionRow> Rows)?> ReadAsync(int? year, int? quarter, string? search, CancellationToken ct)
    {
        var edition = await db.Editions.AsNoTracking()
            .Where(e => year == null || (e.Year == year && e.Quarter == quarter))
            .OrderByDescending(e => e.Year).ThenByDescending(e => e.Quarter).FirstOrDefaultAsync(ct);
        if (edition is null)
        {
            return null;
        }

        var rows = db.Set<EditionRow>().AsNoTracking().Where(r => r.EditionId == edition.Id);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            var code = s.ToUpperInvariant();
            rows = rows.Where(r => r.EmployerName.Contains(s) || (r.CreditCode != null && r.CreditCode.Contains(code)));
        }

        return (edition, await rows.OrderBy(r => r.Kind).ThenBy(r => r.ListedOn).ThenBy(r => r.Id).ToListAsync(ct));
    }
}
