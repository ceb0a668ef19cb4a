using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.Identity.Partners;

/// <summary>City-wide administrators manage partner keys under <c>/api/v1/identity/partners/keys</c>.</summary>
public static class PartnerKeyEndpoints
{
    public static void MapPartnerKeyEndpoints(this IEndpointRouteBuilder api)
    {
        var keys = api.MapGroup("/partners/keys").WithTags("Partner keys 合作系统密钥").RequireAuthorization(Policies.CityAdministrator);
        keys.MapGet("/", List).WithName("ListPartnerKeys").WithSummary("Every partner key with its scopes, limit, expiry, last use and state (administrators)");
        keys.MapGet("/{id:long}", Get).WithName("GetPartnerKey").WithSummary("One partner key (administrators)");
        keys.MapPost("/", Issue).WithName("IssuePartnerKey")
            .WithSummary("Issue a key: 201 with the whole key in `secret`, shown this once; only its SHA-256 is kept (administrators)");
        keys.MapPost("/{id:long}/revoke", Revoke).WithName("RevokePartnerKey")
            .WithSummary("Revoke a key: refused at once on this node, within 30 s on every node (administrators)");
    }

    private static async Task<Ok<List<ApiKeyDto>>> List(ApiKeyService service, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok((await service.ListAsync(ct)).Select(k => ApiKeyDto.From(k, now)).ToList());
    }

    private static async Task<Results<Ok<ApiKeyDto>, ProblemHttpResult>> Get(long id, ApiKeyService service, TimeProvider clock, CancellationToken ct) =>
        await service.FindAsync(id, ct) is { } key
            ? TypedResults.Ok(ApiKeyDto.From(key, clock.GetUtcNow().UtcDateTime))
            : Problems.NotFound($"没有编号为 {id} 的合作系统密钥 (no such partner key)");

    private static async Task<Created<IssuedApiKeyDto>> Issue(
        NewApiKey request, ApiKeyService service, TimeProvider clock, ClaimsPrincipal user, HttpContext context, CancellationToken ct)
    {
        var (key, secret) = await service.IssueAsync(request, user.Identity?.Name, ct);
        // The answer carries the only copy of the key: no browser or proxy may keep it.
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"/api/v1/identity/partners/keys/{key.Id}",
            new IssuedApiKeyDto(ApiKeyDto.From(key, clock.GetUtcNow().UtcDateTime), secret, IssuedApiKeyDto.Notice));
    }

    private static async Task<Results<Ok<ApiKeyDto>, ProblemHttpResult>> Revoke(
        long id, ApiKeyService service, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
        await service.RevokeAsync(id, user.Identity?.Name, ct) is { } key
            ? TypedResults.Ok(ApiKeyDto.From(key, clock.GetUtcNow().UtcDateTime))
            : Problems.NotFound($"没有编号为 {id} 的合作系统密钥 (no such partner key)");
}
