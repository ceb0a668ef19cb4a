using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.Hotline.Features.Bulletins;

/// <summary>H-CRIT criticisms, H-TALK interview proposals, H-ACC referrals: the office acts; units read their own and explain.</summary>
public static class AccountabilityEndpoints
{
    public static void MapAccountabilityEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("").WithTags("Hotline criticisms and interviews 通报批评与约谈");
        var office = HotlineRoles.OfficePolicy;
        var staff = HotlineRoles.StaffPolicy;
        g.MapPost("/criticisms", Criticise).RequireAuthorization(office).WithName("CriticiseUnit")
            .WithSummary("通报批评 of a unit from a bulletin; sent to the assessment departments; the 2nd in a year raises an interview proposal (H-CRIT, H-TALK)");
        g.MapGet("/criticisms", ListCriticisms).RequireAuthorization(staff).WithName("ListCriticisms").WithSummary("Criticisms in the caller's scope, paged (H-CRIT)");
        g.MapGet("/criticisms/{id:long}", GetCriticism).RequireAuthorization(staff).WithName("GetCriticism").WithSummary("One criticism (H-CRIT)");
        g.MapPost("/criticisms/{id:long}/explanation", Explain).RequireAuthorization(staff).WithName("ExplainCriticism")
            .WithSummary("The criticised unit's written explanation, recorded once (H-CRIT)");
        g.MapGet("/interviews", ListProposals).RequireAuthorization(staff).WithName("ListInterviewProposals").WithSummary("Interview proposals in the caller's scope, paged (H-TALK)");
        g.MapPost("/interviews", Propose).RequireAuthorization(office).WithName("ProposeInterview")
            .WithSummary("The office proposes an interview for perfunctory handling (H-TALK)");
        g.MapPost("/interviews/{id:long}/confirm", (long id, DecisionRequest r, InterviewService s, IAdminUnits u, CancellationToken ct) =>
            Decided(s.ConfirmAsync(id, r.Note, ct), id, u)).RequireAuthorization(office).WithName("ConfirmInterview").WithSummary("A person confirms an interview proposal (H-TALK)");
        g.MapPost("/interviews/{id:long}/dismiss", (long id, DecisionRequest r, InterviewService s, IAdminUnits u, CancellationToken ct) =>
            Decided(s.DismissAsync(id, r.Note, ct), id, u)).RequireAuthorization(office).WithName("DismissInterview").WithSummary("A person dismisses an interview proposal, with why (H-TALK)");
        g.MapPost("/referrals", Refer).RequireAuthorization(office).WithName("ReferToDiscipline").WithSummary("Record a referral to discipline inspection (H-ACC)");
        g.MapGet("/referrals", ListReferrals).RequireAuthorization(office).WithName("ListReferrals").WithSummary("Discipline referrals, paged (H-ACC)");
    }

    private static Func<string, string> Names(IAdminUnits units) => code => units.Find(code)?.Name ?? code;

    private static async Task<Results<Created<CriticismIssued>, ProblemHttpResult>> Criticise(
        CriticismRequest r, CriticismService s, IAdminUnits units, CancellationToken ct)
    {
        var (c, p) = await s.CriticiseAsync(new CriticismDraft(r.UnitCode, r.Ground, r.Reason, r.BulletinPeriod, r.BulletinDate), ct);
        var issued = new CriticismIssued(CriticismDto.Of(c, Names(units)), p is null ? null : InterviewProposalDto.Of(p, Names(units)));
        return TypedResults.Created($"/api/v1/hotline/criticisms/{c.Id}", issued);
    }

    private static async Task<Ok<Page<CriticismDto>>> ListCriticisms(
        [AsParameters] CriticismListQuery q, AccountabilityQueries queries, IAdminUnits units, CancellationToken ct) =>
        TypedResults.Ok((await queries.CriticismsAsync(q.Unit, q.Year, q.Owed, Paging(q.Page, q.PageSize, q.Sort), ct)).Map(c => CriticismDto.Of(c, Names(units))));

    private static async Task<Results<Ok<CriticismDto>, ProblemHttpResult>> GetCriticism(long id, AccountabilityQueries queries, IAdminUnits units, CancellationToken ct) =>
        await queries.CriticismAsync(id, ct) is { } c ? TypedResults.Ok(CriticismDto.Of(c, Names(units))) : Problems.NotFound($"通报批评 {id} 不存在");

    private static async Task<Results<Ok<CriticismDto>, ProblemHttpResult>> Explain(
        long id, ExplanationRequest r, CriticismService s, IAdminUnits units, CancellationToken ct)
    {
        return await s.ExplainAsync(id, r.Text, ct) is { } c ? TypedResults.Ok(CriticismDto.Of(c, Names(units))) : Problems.NotFound($"通报批评 {id} 不存在");
    }

    private static async Task<Ok<Page<InterviewProposalDto>>> ListProposals(
        [AsParameters] ProposalListQuery q, AccountabilityQueries queries, IAdminUnits units, CancellationToken ct) =>
        TypedResults.Ok((await queries.ProposalsAsync(q.State, Paging(q.Page, q.PageSize, q.Sort), ct)).Map(p => InterviewProposalDto.Of(p, Names(units))));

    private static async Task<Results<Created<InterviewProposalDto>, ProblemHttpResult>> Propose(
        ProposalRequest r, InterviewService s, IAdminUnits units, CancellationToken ct)
    {
        var p = await s.ProposeAsync(r.UnitCode, r.Grounds, ct);
        return TypedResults.Created($"/api/v1/hotline/interviews/{p.Id}", InterviewProposalDto.Of(p, Names(units)));
    }

    private static async Task<Results<Ok<InterviewProposalDto>, ProblemHttpResult>> Decided(
        Task<Domain.Bulletins.InterviewProposal?> decision, long id, IAdminUnits units)
    {
        return await decision is { } p ? TypedResults.Ok(InterviewProposalDto.Of(p, Names(units))) : Problems.NotFound($"约谈建议 {id} 不存在");
    }

    private static async Task<Results<Created<ReferralDto>, ProblemHttpResult>> Refer(
        ReferralRequest r, InterviewService s, IAdminUnits units, CancellationToken ct)
    {
        var x = await s.ReferAsync(new ReferralDraft(r.UnitCode, r.AppealId, r.Misconduct, r.ReferredTo, r.ReferredOn), ct);
        return TypedResults.Created($"/api/v1/hotline/referrals/{x.Id}", ReferralDto.Of(x, Names(units)));
    }

    private static async Task<Ok<Page<ReferralDto>>> ListReferrals(
        [AsParameters] ReferralListQuery q, AccountabilityQueries queries, IAdminUnits units, CancellationToken ct) =>
        TypedResults.Ok((await queries.ReferralsAsync(Paging(q.Page, q.PageSize, q.Sort), ct)).Map(x => ReferralDto.Of(x, Names(units))));

    private static PageRequest Paging(int? page, int? size, string? sort) => new(page ?? 1, size ?? PageRequest.DefaultSize, sort);
}
