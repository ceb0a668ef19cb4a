namespace Zhili.Hotline.Features.Bulletins;

/// <summary>What the office records when it refers misconduct to discipline inspection (H-ACC).</summary>
public sealed record ReferralDraft(string UnitCode, long? AppealId, string Misconduct, string ReferredTo, DateOnly ReferredOn);

/// <summary>H-TALK interview proposals (raised by the office for perfunctory handling, decided by a person) and H-ACC referrals.</summary>
public sealed class InterviewService(HotlineDbContext db, TimeProvider clock, ICurrentActor actor, IAdminUnits units, IInbox inbox)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>H-TALK: 敷衍应付、推诿扯皮、落实不力, or no progress after several supervisions within the limit (L4261–4264).</summary>
    public async Task<InterviewProposal> ProposeAsync(string unitCode, string grounds, CancellationToken ct)
    {
        var proposal = new InterviewProposal
        {
            UnitCode = Unit(unitCode), Year = Civil.DateOf(Now).Year, Grounds = grounds.Trim(), RaisedAt = Now, RaisedBy = actor.Name,
        };
        db.Add(proposal);
        await db.SaveChangesAsync(ct);
        return proposal;
    }

    public Task<InterviewProposal?> ConfirmAsync(long id, string note, CancellationToken ct) => DecideAsync(id, p =>
    {
        p.Confirm(note, Now, actor.Name);
        return new InboxMessage(p.UnitCode, null, "supervision", "市政府领导约谈通知", $"约谈本单位主要责任人和分管责任人：{p.DecisionNote}",
            "/hotline/interviews", "H-TALK");
    }, ct);

    public Task<InterviewProposal?> DismissAsync(long id, string reason, CancellationToken ct) =>
        DecideAsync(id, p => { p.Dismiss(reason, Now, actor.Name); return null; }, ct);

    /// <summary>H-ACC: the referral is recorded: what, about which unit, to whom, when.</summary>
    public async Task<DisciplineReferral> ReferAsync(ReferralDraft d, CancellationToken ct)
    {
        if (d.ReferredOn > Civil.DateOf(Now))
        {
            throw new RuleViolationException("referredOn", "移送日期不能晚于今天", "H-ACC");
        }

        if (d.AppealId is { } appealId && !await db.Appeals.AnyAsync(a => a.Id == appealId, ct))
        {
            throw new RuleViolationException("appealId", $"诉求 {appealId} 不存在", "H-ACC");
        }

        var referral = new DisciplineReferral
        {
            UnitCode = Unit(d.UnitCode), AppealId = d.AppealId, Misconduct = d.Misconduct.Trim(), ReferredTo = d.ReferredTo.Trim(),
            ReferredOn = d.ReferredOn, RecordedAt = Now, RecordedBy = actor.Name,
        };
        db.Add(referral);
        await db.SaveChangesAsync(ct);
        return referral;
    }

    private async Task<InterviewProposal?> DecideAsync(long id, Func<InterviewProposal, InboxMessage?> decide, CancellationToken ct)
    {
        if (await db.Set<InterviewProposal>().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } proposal)
        {
            return null;
        }

        var message = decide(proposal);
        await db.SaveChangesAsync(ct);
        if (message is not null)
        {
            await inbox.PostAsync(message, ct);
        }

        return proposal;
    }

    private string Unit(string code) => units.Find(code)?.Code
        ?? throw new RuleViolationException("unitCode", $"单位代码 {code} 不在单位目录中", "K-UNITS");
}
