using Zhili.BuildingBlocks.Security;

namespace Zhili.Web.Hosting;

/// <summary>
/// Cache headers of <see cref="PublicSurfaces.PublicSurface"/> endpoints (issue 3 item 4): a successful GET may be
/// kept by browsers and proxies for a minute, which also spares the public limiter; anything else (a submission, an
/// error, a 429) is <c>no-store</c>.
/// </summary>
public static class PublicSurfaceCaching
{
    private static readonly string CacheableFor = $"public, max-age={(int)PublicSurfaceMetadata.MaxAge.TotalSeconds}";

    /// <summary>After routing, which tells which endpoint answers.</summary>
    public static IApplicationBuilder UsePublicSurfaceCaching(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<PublicSurfaceMetadata>() is not null)
        {
            context.Response.OnStarting(Apply, context);
        }

        return next(context);
    });

    private static Task Apply(object state)
    {
        var context = (HttpContext)state;
        var read = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        var ok = context.Response.StatusCode is >= 200 and < 300;
        context.Response.Headers.CacheControl = read && ok ? CacheableFor : "no-store";
        return Task.CompletedTask;
    }
}
