using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.Hotline.Features.Desk;

/// <summary>The office's intake desk on an appeal (H-FLOW): advice, duplicate links, closing at first contact.</summary>
public static class IntakeEndpoints
{
    public static void MapIntakeEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/appeals").WithTags("Hotline appeals 12345诉求")
            .RequireAuthorization(HotlineRoles.OfficePolicy);
        g.MapGet("/{id:long}/intake", Advice).WithName("AppealIntakeAdvice")
            .WithSummary("The category's default unit and SLA days, duplicate suggestions, and the appeal's duplicate links (H-FLOW, H-SLA)");
        g.MapPost("/{id:long}/link", (long id, LinkRequest r, ClaimsPrincipal u, AppealService s, IntakeDesk d, CancellationToken ct) =>
            AppealEndpoints.Run(id, u, s, a => d.LinkAsync(a, r.PrimaryId, ct), ct))
            .WithName("LinkDuplicateAppeal").WithSummary("Link the appeal as a follower (duplicate) of a primary; it closes when the primary closes (H-FLOW)");
        g.MapPost("/{id:long}/unlink", (long id, ClaimsPrincipal u, AppealService s, IntakeDesk d, CancellationToken ct) =>
            AppealEndpoints.Run(id, u, s, a => d.UnlinkAsync(a, ct), ct))
            .WithName("UnlinkDuplicateAppeal").WithSummary("End a follower's link while it is open; it goes on on its own (H-FLOW)");
        g.MapPost("/{id:long}/first-contact", (long id, FirstContactRequest r, ClaimsPrincipal u, AppealService s, IntakeDesk d, CancellationToken ct) =>
            AppealEndpoints.Run(id, u, s, a => d.ResolveAtFirstContactAsync(a, r.AnswerId, r.Note, ct), ct))
            .WithName("ResolveAtFirstContact").WithSummary("Close a consultation (咨询) at first contact, citing a knowledge-base answer (H-FLOW)");
    }

    private static async Task<Results<Ok<IntakeAdvice>, ProblemHttpResult>> Advice(long id, AppealService s, IntakeDesk d, CancellationToken ct) =>
        await s.FindAsync(id, ct) is { } a ? TypedResults.Ok(await d.AdviceAsync(a, false, ct)) : Problems.NotFound($"诉求 {id} 不存在");
}
