using Zhili.BuildingBlocks.Paging;

namespace Zhili.WageArrears.Features.Cases;

/// <summary>The staff list's search and filters: employer name, credit code, identity number or decision number; state; unit; ground.</summary>
public sealed record CaseFilter(string? Q = null, ListingState? State = null, string? Unit = null, Ground? Ground = null, bool Unacknowledged = false);

/// <summary>
/// Reads for the staff pages. A county bureau sees its own cases only (the data scope's query filter); the city bureau
/// reads every unit's cases, because it acknowledges county listings before publication (B-PUB, L3055–3061).
/// </summary>
public sealed class CaseQueries(WageArrearsDbContext db, Deadlines deadlines)
{
    private static readonly Sorting<BlacklistCase> Sorting = new Sorting<BlacklistCase>("decided")
        .By("decided", c => c.DecisionDate).By("due", c => c.ListingDueAt).By("listed", c => c.ListedOn)
        .By("expires", c => c.ExpiresOn).By("unit", c => c.UnitCode).By("number", c => c.DecisionNumber)
        .By("employer", c => c.Parties.Where(p => p.Kind == PartyKind.Employer).Select(p => p.Name).FirstOrDefault());

    /// <summary>The reader's cases; past the data scope for the city bureau, which reads every county's (B-PUB).</summary>
    public IQueryable<BlacklistCase> Cases(bool cityWide) => cityWide ? db.Cases.IgnoreQueryFilters() : db.Cases;

    public async Task<Page<BlacklistCase>> ListAsync(CaseFilter f, PageRequest paging, bool cityWide, CancellationToken ct)
    {
        var query = Cases(cityWide).AsNoTracking().Include(c => c.Parties).AsQueryable();
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var q = f.Q.Trim();
            var code = CreditCode.Normalize(q);
            query = query.Where(c => c.DecisionNumber.Contains(q)
                || c.Parties.Any(p => p.Name.Contains(q) || (p.CreditCode != null && p.CreditCode.Contains(code)) || p.IdNumber == code));
        }

        if (!string.IsNullOrWhiteSpace(f.Unit))
        {
            query = query.Where(c => c.UnitCode == f.Unit.Trim());
        }

        if (f.Ground is { } g and not Ground.None)
        {
            query = query.Where(c => (c.Grounds & g) == g);
        }

        if (f.Unacknowledged)
        {
            // B-PUB: county listings the city bureau has not yet acknowledged.
            query = query.Where(c => c.ListedOn != null && !c.UnitCode.EndsWith("-RSJ") && !db.Acknowledgements.Any(a => a.CaseId == c.Id));
        }

        query = f.State is { } state ? InState(query, state) : query;
        return await Sorting.PageAsync(query, paging with { Sort = paging.Sort ?? "-decided" }, ct);
    }

    /// <summary>B-LIST: the listing states as conditions the database can apply (warned from the 15th working day).</summary>
    public IQueryable<BlacklistCase> InState(IQueryable<BlacklistCase> query, ListingState state)
    {
        var now = deadlines.Now;
        var warnedBefore = deadlines.WarnedIfDecidedBefore(deadlines.Today);
        var open = query.Where(c => c.ListedOn == null && c.RemovedOn == null);
        return state switch
        {
            ListingState.Removed => query.Where(c => c.RemovedOn != null),
            ListingState.Listed => query.Where(c => c.ListedOn != null && c.RemovedOn == null),
            ListingState.Overdue => open.Where(c => c.ListingDueAt <= now),
            ListingState.Warning => open.Where(c => c.ListingDueAt > now && c.DecisionDate < warnedBefore),
            _ => open.Where(c => c.ListingDueAt > now && c.DecisionDate >= warnedBefore),
        };
    }

    /// <summary>B-LIST: cases awaiting a listing decision that are warned or overdue.</summary>
    public IQueryable<BlacklistCase> NearDeadline(IQueryable<BlacklistCase> query)
    {
        var now = deadlines.Now;
        var warnedBefore = deadlines.WarnedIfDecidedBefore(deadlines.Today);
        return query.Where(c => c.ListedOn == null && c.RemovedOn == null && (c.ListingDueAt <= now || c.DecisionDate < warnedBefore));
    }

    public async Task<HashSet<int>> AcknowledgedAsync(IEnumerable<int> caseIds, CancellationToken ct)
    {
        var ids = caseIds.ToList();
        return [.. await db.Acknowledgements.Where(a => ids.Contains(a.CaseId)).Select(a => a.CaseId).ToListAsync(ct)];
    }
}
