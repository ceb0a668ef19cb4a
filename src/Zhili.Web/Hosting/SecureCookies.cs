using Microsoft.AspNetCore.CookiePolicy;

namespace Zhili.Web.Hosting;

/// <summary>
/// Every cookie the app writes (sign-in, antiforgery, language) is Secure in a real deployment
/// (<see cref="Deployment.IsReal"/>), whatever the scheme the request arrived on behind the load balancer; Development,
/// the test host and demo mode serve plain HTTP on one machine and keep the scheme's default. HttpOnly and SameSite
/// stay as each cookie sets them.
/// </summary>
public static class SecureCookies
{
    public static IServiceCollection AddSecureCookies(this IServiceCollection services)
    {
        services.AddOptions<CookiePolicyOptions>().Configure<IHostEnvironment, IConfiguration>((o, environment, configuration) =>
            o.Secure = Deployment.IsReal(environment, configuration) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        return services;
    }
}
