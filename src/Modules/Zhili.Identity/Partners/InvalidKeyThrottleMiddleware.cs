using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Security;
using Zhili.Identity.SignIn;

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

    private static async Task RefuseAsync(HttpContext context, int seconds)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Type = "https://zhili.gov.cn/problems/too-many-requests",
                Title = "请求过于频繁 (too many requests)",
                Detail = $"本地址提交的无效合作系统密钥过多，请 {seconds} 秒后再试 (too many invalid partner keys from this address; retry after {seconds} s)",
            },
        });
    }
}
