using Microsoft.AspNetCore.Localization;
using Zhili.BuildingBlocks.Security;
using Zhili.BuildingBlocks.Validation;
using Zhili.Identity.Scope;
using Zhili.Web.Health;

namespace Zhili.Web.Hosting;

public static class Pipeline
{
    public static void UseZhiliPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        // Development and the test host run on plain HTTP; everywhere else HTTPS is required and remembered (HSTS).
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        // The API answers problem details; pages show a page. Neither shows a stack trace.
        // A record outside the caller's data scope is "not found"; a read-only role's write is "forbidden".
        app.UseWhen(c => IsApi(c), a => a.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusOf }).UseStatusCodePages());
        app.UseWhen(c => !IsApi(c), a => a
            .UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", StatusCodeSelector = StatusOf })
            .UseStatusCodePagesWithReExecute("/error", "?status={0}"));
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UsePublicSurfaceCaching();
        app.UseAuthentication();
        app.UseDataScope();
        app.UseAuthorization();
        // After authorization: a partner endpoint's principal is then the key's, which the partner limiter partitions by.
        app.UseRateLimiter();

        app.MapRazorPages();
        app.MapOpenApi("/openapi/{documentName}.json").WithMetadata(new PublicEndpointAttribute());
        app.MapHealthChecks("/healthz", HealthResponse.Options).WithMetadata(new PublicEndpointAttribute());
        app.MapGet("/culture/{culture}", SetCulture).WithMetadata(new PublicEndpointAttribute()).ExcludeFromDescription();
    }

    private static int StatusOf(Exception e) => e switch
    {
        OutOfScopeException => StatusCodes.Status404NotFound,
        ReadOnlyScopeException => StatusCodes.Status403Forbidden,
        _ when ConflictProblem.Of(e) is not null => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static bool IsApi(HttpContext c) =>
        c.Request.Path.StartsWithSegments("/api") || c.Request.Path.StartsWithSegments("/openapi")
        || c.Request.Path.StartsWithSegments("/open311");

    /// <summary>The language switch: zh-CN (default) or en, kept in a cookie for a year.</summary>
    private static IResult SetCulture(string culture, string? returnUrl, HttpContext context)
    {
        var chosen = WebServices.Cultures.FirstOrDefault(c => c.Name.Equals(culture, StringComparison.OrdinalIgnoreCase)) ?? WebServices.Cultures[0];
        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
    }
}
