using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.BuildingBlocks.Audit;

public static class AuditEndpoints
{
    /// <summary>Checkpoints per answer of the export.</summary>
    public const int CheckpointPage = 1000;

    public static void MapAuditEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/records", List).WithTags("Audit 审计").WithName("ListAuditRecords")
            .WithSummary("Search the audit log by person, unit (and the units under it), entity, record id and civil dates (Asia/Shanghai), sorted and paged, within the reader's data scope (auditors)")
            .RequireAuthorization(Policies.Auditor);
        api.MapGet("/verify", Verify).WithTags("Audit 审计").WithName("VerifyAuditChain")
            .WithSummary("Recompute every record's MAC and every sealed batch's hash, compare the newest batch with the newest checkpoint, and list what is wrong (auditors)")
            .RequireAuthorization(Policies.CityAuditor);
        api.MapGet("/checkpoints", Checkpoints).WithTags("Audit 审计").WithName("ExportAuditCheckpoints")
            .WithSummary("The sealer's signed checkpoints (batch, hash, time, key id, MAC) of this node's checkpoint file, after a batch number (auditors)")
            .RequireAuthorization(Policies.CityAuditor);
    }

    private static async Task<Results<Ok<Page<AuditRecordDto>>, ProblemHttpResult>> List(
        AuditDbContext db, CancellationToken ct,
        string? actor = null, string? unit = null, string? entity = null, string? entityId = null, DateOnly? from = null, DateOnly? to = null,
        int page = 1, int pageSize = PageRequest.DefaultSize, string? sort = null)
    {
        if (from > to)
        {
            return Problems.Invalid("to", $"结束日期 {to:yyyy-MM-dd} 早于开始日期 {from:yyyy-MM-dd} (the end date is before the start date)");
        }

        var found = await new AuditQuery(actor, unit, entity, entityId, from, to).PageAsync(db.Records, new PageRequest(page, pageSize, sort), ct);
        return TypedResults.Ok(found.Map(AuditRecordDto.From));
    }

    private static async Task<Ok<AuditVerificationDto>> Verify(AuditVerifier verifier, CancellationToken ct) =>
        TypedResults.Ok(AuditVerificationDto.From(await verifier.VerifyAsync(ct)));

    private static async Task<Ok<List<AuditCheckpoint>>> Checkpoints(AuditCheckpoints checkpoints, CancellationToken ct, long after = 0)
    {
        var found = new List<AuditCheckpoint>();
        await foreach (var checkpoint in checkpoints.ReadAllAsync(ct))
        {
            if (checkpoint.Batch > after && found.Count < CheckpointPage)
            {
                found.Add(checkpoint);
            }
        }

        return TypedResults.Ok(found);
    }
}

/// <summary>An audit record as the API shows it; Before and After are the JSON text exactly as written (personal data masked).</summary>
public sealed record AuditRecordDto(
    long Id, DateTime At, string Actor, string? UnitCode, string? ScopeUnit, string Module, string Entity, string EntityId, string Action,
    string? Before, string? After, string? RequestId, string? KeyId, string? Mac)
{
    public static AuditRecordDto From(AuditRecord r) =>
        new(r.Id, r.At, r.Actor, r.UnitCode, r.ScopeUnit, r.Module, r.Entity, r.EntityId, r.Action, r.Before, r.After, r.RequestId, r.KeyId, r.Mac);
}

/// <param name="HeadBatch">The newest sealed batch and <paramref name="Head"/> its hash: note them, a later check finding them proves nothing was cut off.</param>
/// <param name="CheckpointBatch">The newest checkpoint's batch (outside the database), or null when there is none.</param>
public sealed record AuditVerificationDto(
    bool Intact, long Batches, long Sealed, long Unsealed, long? HeadBatch, string? Head, long? CheckpointBatch, string Summary,
    IReadOnlyList<AuditFinding> Findings)
{
    public static AuditVerificationDto From(AuditVerification v) => new(
        v.IsIntact, v.Batches, v.Sealed, v.Unsealed, v.Head?.Batch, v.Head?.Hash, v.Checkpoint?.Batch, v.Summary, v.Findings);
}
