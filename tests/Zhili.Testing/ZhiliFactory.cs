using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Zhili:Database:Provider", database.Provider);
        builder.UseSetting("Zhili:Database:ConnectionString", database.ConnectionString);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestSignIn>(TestSignIn.SchemeName, null);
            services.PostConfigure<AuthenticationOptions>(o => o.DefaultAuthenticateScheme = TestSignIn.SchemeName);
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
