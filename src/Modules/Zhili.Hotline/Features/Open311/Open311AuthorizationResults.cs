using Microsoft.AspNetCore.Authorization.Policy;

namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// GeoReport v2 answers a missing, unknown or unauthorised api_key with 403 and its error array. The partner-key
/// policy refuses such a request before the endpoint runs (401 without a valid key, 403 with another scope), so on an
/// Open311 endpoint both refusals are written as the spec's 403 — unless the POST's form cannot be read, which is a 400
/// or 413 (<see cref="Open311Form"/>); every other endpoint keeps the default handling.
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

        var format = Open311Formats.Of(context);
        context.Response.Headers.CacheControl = "no-store";
        if (HttpMethods.IsPost(context.Request.Method)
            && await Open311Form.ReadAsync(context.Request, format, context.RequestAborted) is { Error: { } unreadable })
        {
            // A form that cannot be read is the client's first fault: no key could be found in it.
            await unreadable.ExecuteAsync(context);
            return;
        }

        var description = authorizeResult.Challenged
            ? "缺少 api_key，或 api_key 无效、已吊销或已过期 (missing or invalid api_key)"
            : $"该 api_key 未获授权提交诉求：须有授权范围 {Open311Endpoints.PostScope} (api_key not authorised to post requests)";
        await Open311Errors.Forbidden(format, description).ExecuteAsync(context);
    }
}
