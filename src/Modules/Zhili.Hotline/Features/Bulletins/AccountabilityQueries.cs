namespace Zhili.Hotline.Features.Bulletins;

/// <summary>Lists of criticisms, interview proposals and referrals, newest first, paged; the data scope limits each.</summary>
public sealed class AccountabilityQueries(HotlineDbContext db)
{
    private static readonly Sorting<Criticism> CriticismOrder = new Sorting<Criticism>("issued")
        .By("issued", c => c.IssuedAt).By("unit", c => c.UnitCode);

    private static readonly Sorting<InterviewProposal> ProposalOrder = new Sorting<InterviewProposal>("raised")
        .By("raised", p => p.RaisedAt).By("unit", p => p.UnitCode).By("state", p => p.State);

    private static readonly Sorting<DisciplineReferral> ReferralOrder = new Sorting<DisciplineReferral>("referred")
        .By("referred", r => r.ReferredOn).By("unit", r => r.UnitCode);

    public Task<Page<Criticism>> CriticismsAsync(string? unit, int? year, bool? owed, PageRequest page, CancellationToken ct)
    {
        var q = db.Set<Criticism>().AsNoTracking();
        q = string.IsNullOrWhiteSpace(unit) ? q : q.Where(c => c.UnitCode == unit);
        q = year is { } y ? q.Where(c => c.Year == y) : q;
        q = owed switch { true => q.Where(c => c.Explanation == null), false => q.Where(c => c.Explanation != null), _ => q };
        return CriticismOrder.PageAsync(q, page with { Sort = page.Sort ?? "-issued" }, ct);
    }

    public Task<Criticism?> CriticismAsync(long id, CancellationToken ct) =>
        db.Set<Criticism>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);

    public Task<Page<InterviewProposal>> ProposalsAsync(ProposalState? state, PageRequest page, CancellationToken ct)
    {
        var q = db.Set<InterviewProposal>().AsNoTracking();
        q = state is { } s ? q.Where(p => p.State == s) : q;
        return ProposalOrder.PageAsync(q, page with { Sort = page.Sort ?? "-raised" }, ct);
    }

    public Task<Page<DisciplineReferral>> ReferralsAsync(PageRequest page, CancellationToken ct) =>
        ReferralOrder.PageAsync(db.Set<DisciplineReferral>().AsNoTracking(), page with { Sort = page.Sort ?? "-referred" }, ct);
}
