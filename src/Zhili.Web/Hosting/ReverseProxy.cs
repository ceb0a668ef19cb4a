using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Zhili.Web.Hosting;

/// <summary>
/// Behind the load balancer, the client's address and scheme come from <c>X-Forwarded-For</c>/<c>-Proto</c>, which
/// are believed only from the proxies listed in <c>Zhili:ReverseProxies</c> (addresses or CIDR networks; loopback
/// always). Without it the public limiter would count the whole city as one client, and HTTPS redirection would loop.
/// </summary>
public static class ReverseProxy
{
    public const string ProxiesKey = "Zhili:ReverseProxies";

    public static IServiceCollection AddZhiliForwardedHeaders(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection(ProxiesKey).Get<string[]>() ?? [])
            {
                if (proxy.Contains('/', StringComparison.Ordinal))
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                }
                else
                {
                    o.KnownProxies.Add(IPAddress.Parse(proxy));
                }
            }
        });
        return services;
    }
}
