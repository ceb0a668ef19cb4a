namespace Zhili.WageArrears.Features.Cases;

/// <summary>What the "due for a decision" page lists, each in deadline order and in the reader's data scope.</summary>
public sealed record DueList(
    IReadOnlyList<BlacklistCase> Listings, IReadOnlyList<BlacklistCase> Expiring, IReadOnlyList<BlacklistCase> Removals,
    IReadOnlyList<(Objection Objection, BlacklistCase Case)> Objections);

/// <summary>
/// B-LIST listings warned or overdue; B-TERM terms ending within <see cref="HorizonDays"/> days (or ended and not yet
/// reviewed) and removal decisions due; B-OBJ objections awaiting a decision.
/// </summary>
public sealed class DueQueries(WageArrearsDbContext db, CaseQueries cases, Deadlines deadlines)
{
    public const int HorizonDays = 30;

    private const int Most = 200;

    public async Task<DueList> ListAsync(CancellationToken ct)
    {
        var today = deadlines.Today;
        var all = db.Cases.AsNoTracking().Include(c => c.Parties);
        var listings = await cases.NearDeadline(all).OrderBy(c => c.ListingDueAt).Take(Most).ToListAsync(ct);
        var horizon = today.AddDays(HorizonDays);
        var expiring = await all.Where(c => c.ListedOn != null && c.RemovedOn == null && c.RemovalDueAt == null && c.ExpiresOn <= horizon)
            .OrderBy(c => c.ExpiresOn).Take(Most).ToListAsync(ct);
        var removals = await all.Where(c => c.RemovalDueAt != null && c.RemovedOn == null).OrderBy(c => c.RemovalDueAt).Take(Most).ToListAsync(ct);
        var objections = await db.Objections.AsNoTracking().Where(o => o.Outcome == ObjectionOutcome.Pending)
            .OrderBy(o => o.DueAt).Take(Most).ToListAsync(ct);
        var ids = objections.Select(o => o.CaseId).Distinct().ToList();
        var owners = await all.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return new DueList(listings, expiring, removals, objections.Select(o => (o, owners[o.CaseId])).ToList());
    }
}
