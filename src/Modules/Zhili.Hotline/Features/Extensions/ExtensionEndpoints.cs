namespace Zhili.Hotline.Features.Extensions;

/// <summary>H-EXT extensions and H-LVL supervision of an appeal.</summary>
public static class ExtensionEndpoints
{
    public static void MapExtensionEndpoints(this IEndpointRouteBuilder g)
    {
        g.MapPost("/{id:long}/extensions", (long id, ExtensionRequest r, ClaimsPrincipal u, AppealService s, CancellationToken ct) =>
            AppealEndpoints.Run(id, u, s, a => s.ApplyForExtensionAsync(a, r.Reason, r.WorkingDays, ct), ct)).RequireAuthorization(HotlineRoles.StaffPolicy)
            .WithName("ApplyForExtension").WithSummary("A unit applies for 延期/缓办; a late one is refused at once (H-EXT, K-WD-3)");
        g.MapPost("/{id:long}/extensions/{extensionId:long}/approve",
            (long id, long extensionId, ApproveExtensionRequest r, ClaimsPrincipal u, AppealService s, CancellationToken ct) =>
            AppealEndpoints.Run(id, u, s, a => s.ApproveExtensionAsync(a, extensionId, r.WorkingDays, r.CitizenNotice, ct), ct)).RequireAuthorization(HotlineRoles.OfficePolicy)
            .WithName("ApproveExtension").WithSummary("The office approves an extension; the deadline moves (H-EXT)");
        g.MapPost("/{id:long}/extensions/{extensionId:long}/refuse",
            (long id, long extensionId, RefuseExtensionRequest r, ClaimsPrincipal u, AppealService s, CancellationToken ct) =>
            AppealEndpoints.Run(id, u, s, a => s.RefuseExtensionAsync(a, extensionId, r.Reason, r.CitizenNotice, ct), ct)).RequireAuthorization(HotlineRoles.OfficePolicy)
            .WithName("RefuseExtension").WithSummary("The office refuses an extension, with its reason (H-EXT)");
        g.MapPost("/{id:long}/supervision", (long id, SupervisionRequest r, ClaimsPrincipal u, AppealService s, CancellationToken ct) =>
            AppealEndpoints.Run(id, u, s, a => s.SuperviseAsync(a, r.Level, r.Reason, ct), ct)).RequireAuthorization(HotlineRoles.OfficePolicy)
            .WithName("SuperviseAppeal").WithSummary("Open a supervision at 一般/专项/重点 (H-LVL)");
        g.MapPost("/{id:long}/supervision/escalate", (long id, SupervisionRequest r, ClaimsPrincipal u, AppealService s, CancellationToken ct) =>
            AppealEndpoints.Run(id, u, s, a => s.EscalateAsync(a, r.Level, r.Reason, ct), ct)).RequireAuthorization(HotlineRoles.OfficePolicy)
            .WithName("EscalateSupervision").WithSummary("Escalate one level, with a reason; never lowered (H-LVL)");
    }
}
