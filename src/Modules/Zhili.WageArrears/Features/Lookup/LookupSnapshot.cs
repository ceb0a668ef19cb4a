using System.Collections.Frozen;

namespace Zhili.WageArrears.Features.Lookup;

/// <summary>
/// B-CREDIT: the listed entries in this node's memory, keyed by credit code with each answer made up in advance, so a
/// lookup is a dictionary probe and reads nothing from the database. The entries are loaded again when the lookup data
/// set's version has moved (<see cref="WageArrearsDbContext.Lookup"/>): at once for a decision taken on this node, and
/// for one taken on another node within the bound <see cref="FreshnessListener"/> states. Codes that are not listed
/// cost no memory and no database work.
/// </summary>
public sealed class LookupSnapshot
{
    private readonly FreshSnapshot<FrozenDictionary<string, LookupAnswer>> snapshot;
    private readonly DbContextOptions<WageArrearsDbContext> options;
    private readonly IAdminUnits units;

    public LookupSnapshot(DatabaseOptions database, IAdminUnits units, FreshVersions versions)
    {
        this.units = units;
        options = ((DbContextOptionsBuilder<WageArrearsDbContext>)ModuleDbContextRegistration.Configure(
            new DbContextOptionsBuilder<WageArrearsDbContext>(), database, WageArrearsDbContext.Module)).Options;
        snapshot = new(versions, WageArrearsDbContext.Lookup, LoadAsync);
    }

    /// <summary>The listed entries, as of every decision this node knows was committed.</summary>
    public ValueTask<FrozenDictionary<string, LookupAnswer>> ListedAsync(CancellationToken ct) => snapshot.GetAsync(ct);

    private async Task<FrozenDictionary<string, LookupAnswer>> LoadAsync(CancellationToken ct)
    {
        await using var db = new WageArrearsDbContext(options);
        // City-wide by nature (partners have no data scope), hence without the unit filter.
        var hits = await db.Parties.AsNoTracking().Where(p => p.CreditCode != null)
            .Join(db.Cases.IgnoreQueryFilters().Where(c => c.ListedOn != null && c.RemovedOn == null), p => p.CaseId, c => c.Id,
                (p, c) => new LookupHit(p.CreditCode!, p.Name, c.ListedOn!.Value, c.ExpiresOn, c.Grounds, c.UnitCode))
            .ToListAsync(ct);
        var answers = new LookupAnswers(units);
        return hits.GroupBy(h => h.CreditCode, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => answers.Answer(g.Key, [.. g]), StringComparer.Ordinal);
    }
}
