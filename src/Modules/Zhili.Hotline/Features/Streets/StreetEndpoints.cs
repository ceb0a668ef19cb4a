namespace Zhili.Hotline.Features.Streets;

/// <summary>H-FLOW 二级转办: the district passes an appeal down to a street and reviews its reply; the street replies or returns.</summary>
public static class StreetEndpoints
{
    public static void MapStreetEndpoints(this IEndpointRouteBuilder g)
    {
        var units = HotlineRoles.UnitPolicy;
        g.MapPost("/{id:long}/street", (long id, PassDownRequest r, ClaimsPrincipal u, AppealService s, StreetService streets, CancellationToken ct) =>
            AppealEndpoints.Run(id, u, s, a => streets.PassDownAsync(a, r.StreetCode, r.DeadlineOn!.Value, r.Instructions, ct), ct))
            .RequireAuthorization(units).WithName("PassAppealDown")
            .WithSummary("二级转办: the lead district passes the appeal to one of its streets, with a deadline within its own (H-FLOW, H-SLA)");
        g.MapPost("/{id:long}/street/reply", (long id, TextRequest r, ClaimsPrincipal u, AppealService s, StreetService streets, CancellationToken ct) =>
            AppealEndpoints.Run(id, u, s, a => streets.ReplyAsync(a, r.Text, ct), ct))
            .RequireAuthorization(units).WithName("StreetReplyAppeal").WithSummary("The street replies to its district, which reviews it (H-FLOW)");
        g.MapPost("/{id:long}/street/return", (long id, ReasonRequest r, ClaimsPrincipal u, AppealService s, StreetService streets, CancellationToken ct) =>
            AppealEndpoints.Run(id, u, s, a => streets.ReturnAsync(a, r.Reason, ct), ct))
            .RequireAuthorization(units).WithName("StreetReturnAppeal").WithSummary("回退 by the street goes back to its district, not to the office (H-FLOW)");
        g.MapPost("/{id:long}/street/review", (long id, StreetReviewRequest r, ClaimsPrincipal u, AppealService s, StreetService streets, CancellationToken ct) =>
            AppealEndpoints.Run(id, u, s, a => streets.ReviewAsync(a, r.Accept, r.Text, ct), ct))
            .RequireAuthorization(units).WithName("ReviewStreetReply")
            .WithSummary("The district accepts the street's reply and replies to the office, or sends it back (H-FLOW)");
    }
}
