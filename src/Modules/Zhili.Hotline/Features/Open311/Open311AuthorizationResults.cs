using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// GeoReport v2 answers a missing, unknown or unauthorised api_key with 403 and its error array. The partner-key
/// policy refuses such a request before the endpoint runs (401 without a valid key, 403 with another scope), so on an
/// Open311 endpoint both refusals are written as the spec's 403; every other endpoint keeps the default handling.
/// </summary>
public sealed class Open311AuthorizationResults : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded || context.GetEndpoint()?.Metadata.GetMetadata<Open311Marker>() is null)
        {
            await standard.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var description = authorizeResult.Challenged
            ? "缺少 api_key，或 api_key 无效、已吊销或已过期 (missing or invalid api_key)"
            : $"该 api_key 未获授权提交诉求：须有授权范围 {Open311Endpoints.PostScope} (api_key not authorised to post requests)";
        context.Response.Headers.CacheControl = "no-store";
        await Open311Errors.Forbidden(Open311Formats.Of(context), description).ExecuteAsync(context);
    }
}
