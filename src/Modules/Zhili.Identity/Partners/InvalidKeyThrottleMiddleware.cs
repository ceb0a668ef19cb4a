using System.Globalization;

namespace Zhili.Identity.Partners;

/// <summary>
/// Before authorization: a partner endpoint answers 429 to an address that presented too many invalid keys this minute
/// (<see cref="InvalidKeyThrottle"/>), without reading the key it sends now, so the answer tells nothing about that key.
/// </summary>
public static class InvalidKeyThrottleMiddleware
{
    public static IApplicationBuilder UseInvalidKeyThrottle(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<PartnerScopeMetadata>() is not null
            && context.RequestServices.GetRequiredService<InvalidKeyThrottle>().WaitFor(ClientAddress.Of(context)) is { } wait)
        {
            await RefuseAsync(context, Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)));
            return;
        }

        await next(context);
    });

    private static Task RefuseAsync(HttpContext context, int seconds)
    {
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        return ErrorFormats.WriteAsync(context, context.Request.Path, new ErrorAnswer(StatusCodes.Status429TooManyRequests, "请求过于频繁 (too many requests)", [],
            $"本地址提交的无效合作系统密钥过多，请 {seconds} 秒后再试 (too many invalid partner keys from this address; retry after {seconds} s)"));
    }
}
