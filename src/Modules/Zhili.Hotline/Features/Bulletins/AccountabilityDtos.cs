namespace Zhili.Hotline.Features.Bulletins;

/// <summary>H-CRIT: a criticism, the bulletin it came from, where it was sent, and the unit's explanation.</summary>
public sealed record CriticismDto(
    long Id, string UnitCode, string UnitName, int Year, int Ordinal, CriticismGround Ground, string GroundName, string Reason,
    BulletinPeriod BulletinPeriod, DateOnly BulletinFirst, string BulletinLabel, IReadOnlyList<string> SentTo, DateTime IssuedAt,
    string IssuedBy, bool ExplanationOwed, string? Explanation, DateTime? ExplainedAt, string? ExplainedBy)
{
    public static CriticismDto Of(Criticism c, Func<string, string> unitName) => new(
        c.Id, c.UnitCode, unitName(c.UnitCode), c.Year, c.Ordinal, c.Ground, Criticism.GroundName(c.Ground), c.Reason,
        c.BulletinPeriod, c.BulletinFirst, c.BulletinLabel, c.SentTo, c.IssuedAt, c.IssuedBy, c.ExplanationOwed, c.Explanation,
        c.ExplainedAt, c.ExplainedBy);
}

/// <summary>H-TALK: an interview proposal and its decision.</summary>
public sealed record InterviewProposalDto(
    long Id, string UnitCode, string UnitName, int Year, string Grounds, IReadOnlyList<long> CriticismIds, DateTime RaisedAt,
    string RaisedBy, ProposalState State, string StateName, DateTime? DecidedAt, string? DecidedBy, string? DecisionNote)
{
    public static InterviewProposalDto Of(InterviewProposal p, Func<string, string> unitName) => new(
        p.Id, p.UnitCode, unitName(p.UnitCode), p.Year, p.Grounds, p.CriticismIds, p.RaisedAt, p.RaisedBy, p.State,
        InterviewProposal.StateName(p.State), p.DecidedAt, p.DecidedBy, p.DecisionNote);
}

/// <summary>A criticism as issued, with the interview proposal it raised or joined (H-TALK), if any.</summary>
public sealed record CriticismIssued(CriticismDto Criticism, InterviewProposalDto? InterviewProposal);

/// <summary>H-ACC: a discipline referral.</summary>
public sealed record ReferralDto(
    long Id, string UnitCode, string UnitName, long? AppealId, string Misconduct, string ReferredTo, DateOnly ReferredOn,
    DateTime RecordedAt, string RecordedBy)
{
    public static ReferralDto Of(DisciplineReferral r, Func<string, string> unitName) => new(
        r.Id, r.UnitCode, unitName(r.UnitCode), r.AppealId, r.Misconduct, r.ReferredTo, r.ReferredOn, r.RecordedAt, r.RecordedBy);
}
