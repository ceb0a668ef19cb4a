namespace Zhili.Hotline.Features;

/// <summary>H-FORM-5 挂牌督办: listing with a 《重点督办通知》, then plan → report → write-off or refusal, until written off.</summary>
public static class ListingEndpoints
{
    public static void MapListingEndpoints(this RouteGroupBuilder g)
    {
        var office = HotlineRoles.OfficePolicy;
        var unit = SupervisionRegistration.UnitPolicy;
        g.MapPost("/{id:long}/listing", (long id, ListingRequest r, SupervisionService s, SupervisionForms f, TimeProvider clock, CancellationToken ct) =>
            SupervisionEndpoints.Run(id, s, clock, c => f.ListAsync(c, r.Reason, r.ToNotice(), ct), ct)).RequireAuthorization(office)
            .WithName("StartListedSupervision").WithSummary("挂牌督办 at 重点督办: issues a 《重点督办通知》 (H-FORM-5)");
        g.MapPost("/{id:long}/listing/plan", (long id, FilingRequest r, SupervisionService s, SupervisionForms f, TimeProvider clock, CancellationToken ct) =>
            SupervisionEndpoints.Run(id, s, clock, c => f.StepAsync(c, (l, at, by) => l.FilePlan(r.Text, at, by), ct), ct)).RequireAuthorization(unit)
            .WithName("FileRectificationPlan").WithSummary("The unit files its rectification plan (整改方案) for the record (H-FORM-5)");
        g.MapPost("/{id:long}/listing/report", (long id, FilingRequest r, SupervisionService s, SupervisionForms f, TimeProvider clock, CancellationToken ct) =>
            SupervisionEndpoints.Run(id, s, clock, c => f.StepAsync(c, (l, at, by) => l.FileReport(r.Text, at, by), ct), ct)).RequireAuthorization(unit)
            .WithName("FileRectificationReport").WithSummary("The unit reports the rectification done (整改报告); the office verifies it (H-FORM-5)");
        g.MapPost("/{id:long}/listing/write-off", (long id, WriteOffRequest r, SupervisionService s, SupervisionForms f, TimeProvider clock, CancellationToken ct) =>
            SupervisionEndpoints.Run(id, s, clock, c => f.StepAsync(c, (l, at, by) => l.WriteOff(r.Note, at, by), ct), ct)).RequireAuthorization(office)
            .WithName("WriteOffListing").WithSummary("核销: the office verified the rectification (H-FORM-5)");
        g.MapPost("/{id:long}/listing/refuse", (long id, RefuseWriteOffRequest r, SupervisionService s, SupervisionForms f, TimeProvider clock, CancellationToken ct) =>
            SupervisionEndpoints.Run(id, s, clock, c => f.StepAsync(c, (l, at, by) => l.RefuseWriteOff(r.Reasons, at, by), ct), ct)).RequireAuthorization(office)
            .WithName("RefuseListingWriteOff").WithSummary("不予核销 with reasons: further rectification and a new report (H-FORM-5)");
    }
}
