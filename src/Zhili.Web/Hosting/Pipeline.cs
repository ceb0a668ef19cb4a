using Microsoft.AspNetCore.Localization;
using Zhili.Identity.Partners;
using Zhili.Identity.Scope;
using Zhili.Web.Health;

namespace Zhili.Web.Hosting;

public static class Pipeline
{
    public static void UseZhiliPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        // Before anything writes a cookie (SecureCookies).
        app.UseCookiePolicy();
        // Development and the test host run on plain HTTP; everywhere else HTTPS is required and remembered (HSTS).
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        // One mapping of exceptions (ApiExceptionHandler, ErrorAnswer): the API answers problem details, pages show the
        // error page with the same status. Neither shows a stack trace.
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", StatusCodeSelector = e => ErrorAnswer.Of(e).Status });
        app.UseWhen(c => IsApi(c), a => a.UseStatusCodePages(ApiStatusCodes.WriteAsync));
        app.UseWhen(c => !IsApi(c), a => a.UseStatusCodePagesWithReExecute("/error", "?status={0}"));
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseWhen(c => IsApi(c) && ApiStatusCodes.Unanswered(c), a => a.Run(ApiStatusCodes.AnswerAsync));
        app.UsePublicSurfaceCaching();
        app.UseAuthentication();
        app.UseDataScope();
        // Before the key is read by authorization: an address that sent too many invalid partner keys gets 429.
        app.UseInvalidKeyThrottle();
        app.UseAuthorization();
        // After authorization: a partner endpoint's principal is then the key's, which the partner limiter partitions by.
        app.UseRateLimiter();

        app.MapRazorPages();
        app.MapOpenApi("/openapi/{documentName}.json").WithMetadata(new PublicEndpointAttribute());
        app.MapHealthChecks("/healthz", HealthResponse.Options).WithMetadata(new PublicEndpointAttribute());
        app.MapGet("/culture/{culture}", SetCulture).WithMetadata(new PublicEndpointAttribute()).ExcludeFromDescription();
    }

    public static bool IsApi(HttpContext c) => IsApi(c.Request.Path);

    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/open311");

    /// <summary>
    /// A path of this site, as the framework's LocalRedirect accepts it: "/x" but not "//host" or "/\\host", which
    /// browsers read as another site (and LocalRedirect refuses with an exception).
    /// </summary>
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || url[1] is not ('/' or '\\')) && !url.Any(char.IsControl);

    /// <summary>The language switch: zh-CN (default) or en, kept in a cookie for a year.</summary>
    private static IResult SetCulture(string culture, string? returnUrl, HttpContext context)
    {
        var chosen = WebServices.Cultures.FirstOrDefault(c => c.Name.Equals(culture, StringComparison.OrdinalIgnoreCase)) ?? WebServices.Cultures[0];
        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }
}
