using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Zhili.Identity.Tests.SignIn;

/// <summary>
/// The test host's clients all arrive on one connection: this sets a request's client address from
/// <see cref="Header"/> before the app's pipeline, as a trusted load balancer's X-Forwarded-For would.
/// </summary>
public sealed class TestAddress : IStartupFilter
{
    public const string Header = "X-Test-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers[Header].ToString() is { Length: > 0 } address)
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}

public static class TestAddressClients
{
    /// <summary>A client of the app (not signed in) whose requests come from <paramref name="address"/>.</summary>
    public static HttpClient ClientFrom(this ZhiliFactory app, string address)
    {
        var client = app.Client();
        client.DefaultRequestHeaders.Add(TestAddress.Header, address);
        return client;
    }
}
