using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Zhili.Web.Hosting;

/// <summary>
/// The <see cref="RateLimits.Partner"/> limiter (per key, at the key's own requests per minute)
/// and the <see cref="RateLimits.Public"/> limiter (per client address). A refusal is 429 with <c>Retry-After</c> in
/// seconds and a problem-details body.
/// </summary>
/// <remarks>
/// Counters live in each node's memory, so behind a load balancer with N nodes a client may get up to N times the
/// limit; the limits protect each node and keep a partner to its contract, and an exact city-wide count is not needed.
/// </remarks>
public static class RateLimiting
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddZhiliRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
            o.AddPolicy(RateLimits.Partner, PartnerPartition);
        });
        // Read when the options are first built, so that configuration set by a test host or the environment counts.
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            var perMinute = Math.Max(1, configuration.GetValue(RateLimits.PublicPerMinuteKey, RateLimits.DefaultPublicPerMinute));
            o.AddPolicy(RateLimits.Public, c => PerMinute($"ip:{c.Connection.RemoteIpAddress}", perMinute));
        });
        return services;
    }

    /// <summary>
    /// The limiter runs after authorization, so on a partner endpoint the principal is the key's. The limit is part of
    /// the partition, so a key whose limit changed starts a new counter.
    /// </summary>
    private static RateLimitPartition<string> PartnerPartition(HttpContext context)
    {
        var keyId = context.User.FindFirst(PartnerAccess.KeyIdClaim)?.Value ?? "none";
        var perMinute = int.TryParse(context.User.FindFirst(PartnerAccess.RequestsPerMinuteClaim)?.Value, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
        return PerMinute($"key:{keyId}:{perMinute}", perMinute);
    }

    private static RateLimitPartition<string> PerMinute(string partition, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = Window,
            QueueLimit = 0,
        });

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        await ErrorFormats.WriteAsync(context, context.Request.Path, new ErrorAnswer(StatusCodes.Status429TooManyRequests,
            "请求过于频繁 (too many requests)", [], $"已超过每分钟请求上限，请 {seconds} 秒后再试 (limit reached; retry after {seconds} s)"));
    }
}
