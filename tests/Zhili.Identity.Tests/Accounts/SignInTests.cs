using System.Text.Json;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zhili.Identity.Accounts;
using Zhili.Identity.Demo;
using Zhili.Identity.Pages.Account;

namespace Zhili.Identity.Tests.Accounts;

public sealed class SignInTests(DemoFixture fixture) : IClassFixture<DemoFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Credentials(string user, string password) =>
        new() { ["UserName"] = user, ["Password"] = password };

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_demo_account_signs_in_and_the_cookie_carries_its_unit_and_roles(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client();
        var signedIn = await client.PostFormAsync("/account/sign-in?returnUrl=/inbox", Credentials("jinshui", DemoAccounts.Password));

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.ToString().ShouldBe("/inbox");
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/identity/me", Ct);
        me.GetProperty("unitCode").GetString().ShouldBe("410105");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["district"]);

        var signedOut = await client.PostFormAsync("/inbox", new Dictionary<string, string>(), "/account/sign-out");
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/api/v1/identity/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Five_wrong_passwords_lock_the_account_from_that_address_with_the_same_answer_as_a_wrong_password(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostFormAsync("/account/sign-in", Credentials("zhongmu", "WrongPassword1"));
            wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await wrong.Content.ReadAsStringAsync(Ct)).ShouldContain(SignInModel.Refused);
        }

        var right = await client.PostFormAsync("/account/sign-in", Credentials("zhongmu", DemoAccounts.Password));
        right.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await right.Content.ReadAsStringAsync(Ct)).ShouldContain(SignInModel.Refused);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_session_ends_after_30_idle_minutes(TestDatabase database)
    {
        var app = await fixture.App(database);
        var options = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        options.SlidingExpiration.ShouldBeTrue();

        var client = app.Client();
        await client.PostFormAsync("/account/sign-in", Credentials("erqi", DemoAccounts.Password));
        (await client.GetAsync("/api/v1/identity/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        app.Clock.Advance(TimeSpan.FromMinutes(29));
        (await client.GetAsync("/api/v1/identity/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // The request at minute 29 renewed the sliding session; 31 idle minutes after it, it is over.
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        (await client.GetAsync("/api/v1/identity/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_locked_account_loses_its_session_within_the_stamp_interval(TestDatabase database)
    {
        var app = await fixture.App(database);
        var client = app.Client();
        await client.PostFormAsync("/account/sign-in", Credentials("xuncha", DemoAccounts.Password));
        (await client.GetAsync("/api/v1/identity/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Domain.ZhiliUser>>();
            await scope.ServiceProvider.GetRequiredService<AccountService>().LockAsync((await users.FindByNameAsync("xuncha"))!, true);
        }

        // The cookie's stamp is checked once the interval (5 minutes) has passed since it was issued, not on every request.
        app.Clock.Advance(TimeSpan.FromMinutes(4));
        (await client.GetAsync("/api/v1/identity/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        (await client.GetAsync("/api/v1/identity/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_sign_in_page_lists_the_demo_accounts_in_demo_mode_only(TestDatabase database)
    {
        var demo = await (await fixture.App(database)).Client().GetStringAsync("/account/sign-in", Ct);
        demo.ShouldContain("jinshui-admin");
        demo.ShouldContain(DemoAccounts.Password);

        await using var plainFixture = new AppFixture();
        var plain = await (await plainFixture.App(database)).Client().GetStringAsync("/account/sign-in", Ct);
        plain.ShouldNotContain("jinshui-admin");
        plain.ShouldNotContain(DemoAccounts.Password);
    }
}
