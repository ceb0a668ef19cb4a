namespace Zhili.Web.Hosting;

/// <summary>
/// Cache headers of API answers. An answer to a signed-in person or a partner under <c>/api</c> or <c>/open311</c> is
/// <c>no-store</c>: it may carry personal data or reflect the caller's data scope, and no browser or proxy may keep
/// it. Otherwise, on <see cref="PublicSurfaces.PublicSurface"/> endpoints, a successful GET may be kept
/// by browsers and proxies for a minute, which also spares the public limiter, and anything else (a submission, an
/// error, a 429) is <c>no-store</c>.
/// </summary>
public static class PublicSurfaceCaching
{
    private static readonly string CacheableFor = $"public, max-age={(int)PublicSurfaceMetadata.MaxAge.TotalSeconds}";

    /// <summary>After routing, which tells which endpoint answers; the headers are chosen when the answer starts, once the caller is known.</summary>
    public static IApplicationBuilder UsePublicSurfaceCaching(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments(PartnerAccess.Open311Root)
            || context.GetEndpoint()?.Metadata.GetMetadata<PublicSurfaceMetadata>() is not null)
        {
            context.Response.OnStarting(Apply, context);
        }

        return next(context);
    });

    private static Task Apply(object state)
    {
        var context = (HttpContext)state;
        if (context.User.Identity?.IsAuthenticated == true)
        {
            context.Response.Headers.CacheControl = "no-store";
        }
        else if (context.GetEndpoint()?.Metadata.GetMetadata<PublicSurfaceMetadata>() is not null)
        {
            var read = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
            var ok = context.Response.StatusCode is >= 200 and < 300;
            context.Response.Headers.CacheControl = read && ok ? CacheableFor : "no-store";
        }

        return Task.CompletedTask;
    }
}
