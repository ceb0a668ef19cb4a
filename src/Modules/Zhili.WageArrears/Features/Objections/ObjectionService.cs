namespace Zhili.WageArrears.Features.Objections;

/// <summary>B-OBJ objections and B-FIX corrections; a correction changes the live entry (and so the lookup) at once.</summary>
public sealed class ObjectionService(WageArrearsDbContext db, Deadlines deadlines)
{
    public Task<Objection?> FindAsync(int id, CancellationToken ct) => db.Objections.FirstOrDefaultAsync(o => o.Id == id, ct);

    /// <summary>A case's objections, past the data scope: for a case the caller has already found in its scope, or as the city bureau.</summary>
    public Task<List<Objection>> ForCaseAsync(int caseId, CancellationToken ct) =>
        db.Objections.IgnoreQueryFilters().Where(o => o.CaseId == caseId).OrderBy(o => o.ReceivedOn).ThenBy(o => o.Id).ToListAsync(ct);

    public async Task<Objection> FileAsync(BlacklistCase c, ObjectionRequest r, CancellationToken ct, bool online = false)
    {
        if (c.ListedOn is null)
        {
            throw new RuleViolationException("caseId", "尚未列入黑名单，无可异议的公布信息", "B-OBJ");
        }

        var o = new Objection { CaseId = c.Id, UnitCode = c.UnitCode, ReceivedOn = r.ReceivedOn, Text = r.Text!.Trim(), Evidence = r.Evidence!.Trim(), FiledOnline = online };
        o.SetDue(deadlines.Objection(r.ReceivedOn)); // B-OBJ: 15 working days from receipt
        db.Objections.Add(o);
        await db.SaveChangesAsync(ct);
        return o;
    }

    public async Task ExtendAsync(Objection o, CancellationToken ct)
    {
        o.Extend(deadlines.ObjectionExtended(o.DueAt), deadlines.Now); // B-OBJ: once, by 10 working days
        await db.SaveChangesAsync(ct);
    }

    public async Task DecideAsync(Objection o, ObjectionDecisionRequest r, CancellationToken ct)
    {
        var c = await db.Cases.FirstAsync(x => x.Id == o.CaseId, ct);
        o.Decide(r.Outcome, r.DecidedOn, r.Reason!);
        if (r.Outcome == ObjectionOutcome.Corrected)
        {
            c.CorrectDecision(r.DecidedOn, r.NewDecisionNumber!, Combine(r.NewGrounds), r.Reason!); // B-FIX
        }
        else if (r.Outcome == ObjectionOutcome.Revoked)
        {
            c.Revoke(r.DecidedOn, r.Reason!); // B-FIX
        }

        await db.SaveChangesAsync(ct); // one transaction: the outcome and the entry change together
    }

    public async Task FixAsync(BlacklistCase c, FixRequest r, CancellationToken ct)
    {
        if (r.Revoked)
        {
            c.Revoke(r.On, r.Reason!);
        }
        else
        {
            c.CorrectDecision(r.On, r.NewDecisionNumber!, Combine(r.NewGrounds), r.Reason!);
        }

        await db.SaveChangesAsync(ct);
    }

    private static Ground Combine(List<Ground>? grounds) => (grounds ?? []).Aggregate(Ground.None, (a, g) => a | g);
}
