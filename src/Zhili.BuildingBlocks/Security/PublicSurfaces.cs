namespace Zhili.BuildingBlocks.Security;

public static class PublicSurfaces
{
    /// <summary>
    /// An anonymous read or submit endpoint: marked public, throttled per client by the
    /// <see cref="RateLimits.Public"/> limiter, and given cache headers by the host (a successful GET may be cached
    /// publicly for 60 s; anything else is <c>no-store</c>). It must not return personal data beyond K-MASK.
    /// </summary>
    public static TBuilder PublicSurface<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new PublicEndpointAttribute(), PublicSurfaceMetadata.Instance)
            .RequireRateLimiting(RateLimits.Public);
}

/// <summary>Endpoint metadata: the host sets this endpoint's cache headers (see <see cref="PublicSurfaces.PublicSurface"/>).</summary>
public sealed class PublicSurfaceMetadata
{
    public static readonly PublicSurfaceMetadata Instance = new();

    private PublicSurfaceMetadata()
    {
    }

    /// <summary>Public GET answers may be cached this long by browsers and proxies.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);
}
