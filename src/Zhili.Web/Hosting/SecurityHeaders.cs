namespace Zhili.Web.Hosting;

/// <summary>
/// Security headers on every response — pages, API answers, static files, errors and 404s. They are
/// set when the response starts, so an exception handler that clears the response does not drop them.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>No inline script or style anywhere (no 'unsafe-inline'): pages load our own files only.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(Apply, context);
        return next(context);
    });

    private static Task Apply(object state)
    {
        var headers = ((HttpContext)state).Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return Task.CompletedTask;
    }
}
