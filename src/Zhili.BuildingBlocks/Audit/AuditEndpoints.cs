using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhili.BuildingBlocks.Paging;
using Zhili.BuildingBlocks.Security;
using Zhili.BuildingBlocks.Validation;

namespace Zhili.BuildingBlocks.Audit;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/records", List).WithTags("Audit 审计").WithName("ListAuditRecords")
            .WithSummary("Search the audit log by person, unit (and the units under it), entity, record id and civil dates (Asia/Shanghai), sorted and paged (auditors)")
            .RequireAuthorization(Policies.Auditor);
        api.MapGet("/verify", Verify).WithTags("Audit 审计").WithName("VerifyAuditChain")
            .WithSummary("Recompute the hash chain and report the first broken link, if any (auditors)")
            .RequireAuthorization(Policies.Auditor);
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
}

/// <summary>An audit record as the API shows it; Before and After are the JSON text exactly as sealed.</summary>
public sealed record AuditRecordDto(
    long Id, DateTime At, string Actor, string? UnitCode, string Module, string Entity, string EntityId, string Action,
    string? Before, string? After, string? RequestId, long? Seq, string? Hash)
{
    public static AuditRecordDto From(AuditRecord r) =>
        new(r.Id, r.At, r.Actor, r.UnitCode, r.Module, r.Entity, r.EntityId, r.Action, r.Before, r.After, r.RequestId, r.Seq, r.Hash);
}

/// <param name="BrokenAtSeq">Where the chain breaks (for missing records, the first missing Seq); null when intact.</param>
/// <param name="Head">The last sealed record's hash when intact: note it, and a later check that finds it proves nothing was cut off the end.</param>
public sealed record AuditVerificationDto(bool Intact, long Sealed, long Unsealed, long? BrokenAtSeq, long? RecordId, string? Kind, string Summary, string? Head)
{
    public static AuditVerificationDto From(AuditVerification v) => new(
        v.IsIntact, v.Sealed, v.Unsealed, v.Break?.Seq, v.Break?.RecordId, v.Break?.Kind.ToString(), v.Summary, v.Head);
}
