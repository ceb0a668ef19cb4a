using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Zhili.Identity.Domain;
using Zhili.Identity.Sessions;
using Zhili.Web.Cli;
using Zhili.Web.Hosting;

namespace Zhili.Identity.Tests.Sessions;

/// <summary>
/// A real deployment (environment Production, no --demo) must be given its key file and gets Secure cookies; demo mode
/// and the test host start without one.
/// </summary>
public sealed class RealDeploymentTests(SessionKeyFixture fixture) : IClassFixture<SessionKeyFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_production_start_without_a_key_file_is_refused_and_names_the_setting(TestDatabase database)
    {
        await using var db = await DatabaseInstance.CreateAsync(database);
        await using var app = ZhiliApp.Build(Invocation.Parse(Args(db, "--environment", "Production")));

        var refused = await Should.ThrowAsync<InvalidOperationException>(() => app.StartAsync(Ct));
        refused.Message.ShouldContain(KeyEncryptionKeys.KeyFileSetting);
        refused.Message.ShouldContain("docs/security.md");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_production_start_in_demo_mode_starts_without_configuration(TestDatabase database)
    {
        await using var db = await DatabaseInstance.CreateAsync(database);
        await using var app = ZhiliApp.Build(Invocation.Parse(Args(db, "--environment", "Production", "--demo")));

        await app.StartAsync(Ct);
        app.Services.GetRequiredService<KeyEncryptionKeys>().Current.Key.Length.ShouldBe(KeyFile.KeyBytes);
        await app.StopAsync(Ct);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task In_a_real_deployment_the_sign_in_antiforgery_and_language_cookies_are_Secure(TestDatabase database)
    {
        await using var db = await DatabaseInstance.CreateAsync(database);
        await using var testing = new ZhiliFactory(db);
        testing.Settings[KeyEncryptionKeys.KeyFileSetting] = fixture.NewKeyFile($"production-{database}.key");
        // A real deployment also refuses to start without its audit key (docs/security.md).
        testing.Settings["Zhili:Audit:Keys:production"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        testing.Settings["Zhili:Audit:CurrentKey"] = "production";
        await using var production = testing.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        await using (var scope = production.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ZhiliUser>>();
            (await users.CreateAsync(new ZhiliUser { UserName = "secure.test", DisplayName = "安全测试", UnitCode = "410105" }, "Hetang-Lu7Qiao")).Succeeded.ShouldBeTrue();
        }

        var client = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var form = await client.GetAsync("/account/sign-in", Ct);
        var signedIn = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["UserName"] = "secure.test", ["Password"] = "Hetang-Lu7Qiao" });
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var language = await client.GetAsync("/culture/en", Ct);

        var cookies = new[] { form, signedIn, language }.SelectMany(r => r.Headers.GetValues("Set-Cookie")).ToList();
        cookies.ShouldContain(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        cookies.ShouldContain(c => c.StartsWith("zhili.auth=", StringComparison.Ordinal));
        cookies.ShouldContain(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        cookies.ShouldAllBe(c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task On_the_plain_HTTP_test_host_the_sign_in_cookie_follows_the_scheme(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client();
        var cookie = (await client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["UserName"] = "erqi", ["Password"] = Demo.DemoAccounts.Password }))
            .Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("zhili.auth=", StringComparison.Ordinal));
        cookie.ShouldNotContain("secure", Case.Insensitive);
    }

    private static string[] Args(DatabaseInstance db, params string[] args) =>
        [.. args, "--urls", "http://127.0.0.1:0", "--Zhili:Jobs:Enabled", "false",
            "--Zhili:Database:Provider", db.Provider, "--Zhili:Database:ConnectionString", db.ConnectionString];
}
