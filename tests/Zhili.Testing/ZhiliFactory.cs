using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Zhili.Testing;

/// <summary>
/// The whole app on a real database (never an in-memory one), with a clock the test moves and a test sign-in:
/// a request with the header <c>X-Test-User: name;role1,role2;unit</c> is signed in as that user.
/// </summary>
public sealed class ZhiliFactory(DatabaseInstance database) : WebApplicationFactory<Program>
{
    /// <summary>Tests start on Tuesday 2025-06-10, 10:00 in Zhengzhou, unless they move the clock.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2025, 6, 10, 2, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(DefaultNow);

    public DatabaseInstance Database => database;

    /// <summary>Extra configuration for the host (set before it is built).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>
    /// Endpoints the test host adds to the app's own routes (set before the host is built), e.g. a stand-in for a
    /// partner lookup that does not exist yet; they pass through the app's whole pipeline like its own endpoints.
    /// </summary>
    public Action<IEndpointRouteBuilder>? MapTestEndpoints { get; set; }

    /// <summary>Services the test host adds (set before the host is built), e.g. a scheduled job that counts its runs.</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in database.HostSettings)
        {
            builder.UseSetting(key, value);
        }

        // Tests run jobs when they mean to (POST /api/v1/jobs/{name}/run or JobRunner), not by Quartz's wall clock.
        builder.UseSetting("Zhili:Jobs:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestSignIn>(TestSignIn.SchemeName, null);
            services.PostConfigure<AuthenticationOptions>(o => o.DefaultAuthenticateScheme = TestSignIn.SchemeName);
            TestServices?.Invoke(services);
            if (MapTestEndpoints is { } map)
            {
                services.AddSingleton<IStartupFilter>(new TestEndpoints(map));
            }
        });
    }

    /// <summary>A client that does not follow redirects (tests look at where they point).</summary>
    public HttpClient Client(string? user = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add(TestSignIn.Header, user);
        }

        return client;
    }
}

/// <summary>
/// Maps the test host's endpoints once the app has configured its pipeline: the app called UseRouting, so UseEndpoints
/// here reaches the app's own route builder, and its routing, authentication, authorization and rate limiting apply.
/// </summary>
internal sealed class TestEndpoints(Action<IEndpointRouteBuilder> map) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.UseEndpoints(map);
    };
}
