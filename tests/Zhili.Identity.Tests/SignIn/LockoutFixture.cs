using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Zhili.Identity.Demo;
using Zhili.Identity.Domain;
using Zhili.Identity.Pages.Account;

namespace Zhili.Identity.Tests.SignIn;

/// <summary>
/// Demo accounts with small limits (3 failures lock a pair, 6 throttle an address), client addresses set by the test,
/// and a password hasher that counts its checks.
/// </summary>
public sealed partial class LockoutFixture : AppFixture
{
    public const int PairFailures = 3;
    public const int AddressFailures = 6;

    public CountingHasher Hasher { get; } = new();

    protected override void Configure(ZhiliFactory factory) => Apply(factory, Hasher);

    /// <summary>The same settings for another app node on the same database.</summary>
    public static void Apply(ZhiliFactory factory, CountingHasher hasher)
    {
        factory.Settings["Zhili:Demo"] = "true";
        factory.Settings["Zhili:SignIn:PairFailures"] = PairFailures.ToString(System.Globalization.CultureInfo.InvariantCulture);
        factory.Settings["Zhili:SignIn:AddressFailures"] = AddressFailures.ToString(System.Globalization.CultureInfo.InvariantCulture);
        factory.TestServices = services =>
        {
            services.AddSingleton<IStartupFilter, TestAddress>();
            services.AddSingleton<IPasswordHasher<ZhiliUser>>(hasher);
        };
    }

    /// <summary>Posts the sign-in form; answers the status and the page's error text (null when there is none).</summary>
    public static async Task<(HttpStatusCode Status, string? Error)> SignInAsync(HttpClient client, string user, string password = DemoAccounts.Password)
    {
        var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["UserName"] = user, ["Password"] = password });
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var error = Alert().Match(html);
        return (response.StatusCode, error.Success ? error.Groups[1].Value : null);
    }

    public static readonly (HttpStatusCode, string?) Refused = (HttpStatusCode.OK, SignInModel.Refused);

    public static readonly (HttpStatusCode, string?) SignedIn = (HttpStatusCode.Redirect, null);

    [GeneratedRegex("<p class=\"errors\" role=\"alert\">([^<]*)</p>")]
    private static partial Regex Alert();
}
