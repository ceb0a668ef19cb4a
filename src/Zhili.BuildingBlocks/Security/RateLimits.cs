namespace Zhili.BuildingBlocks.Security;

/// <summary>The rate-limiter policies of the host, by name (ASP.NET Core rate limiting; 429 with Retry-After).</summary>
public static class RateLimits
{
    /// <summary>Per partner key, at the key's own requests-per-minute.</summary>
    public const string Partner = "partner";

    /// <summary>Anonymous public surfaces, per client address (configuration <see cref="PublicPerMinuteKey"/>).</summary>
    public const string Public = "public";

    public const string PublicPerMinuteKey = "Zhili:RateLimits:PublicPerMinute";

    public const int DefaultPublicPerMinute = 120;
}
