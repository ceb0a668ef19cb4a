using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Zhili.Identity.Partners;
using Zhili.Identity.Tests.SignIn;
using static Zhili.Identity.Tests.Partners.PartnerFixture;

namespace Zhili.Identity.Tests.Partners;

/// <summary>The stand-in partner lookups, 3 invalid keys a minute per address, client addresses set by the test.</summary>
public sealed class ThrottleFixture : AppFixture
{
    public const int Limit = 3;

    protected override void Configure(ZhiliFactory factory)
    {
        PartnerFixture.ConfigureStandIns(factory);
        factory.Settings[InvalidKeyThrottle.LimitSetting] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        factory.TestServices = services => services.AddSingleton<IStartupFilter, TestAddress>();
    }
}

/// <summary>Invalid partner keys are throttled per address: 429 with Retry-After, before any key is read.</summary>
public sealed class InvalidKeyThrottleTests(ThrottleFixture fixture) : IClassFixture<ThrottleFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Past_three_invalid_keys_in_a_minute_an_address_gets_429_even_with_a_valid_key_and_other_addresses_do_not(TestDatabase database)
    {
        var app = await fixture.App(database);
        var key = await PartnerKeys.IssueAsync(app, BlacklistScope);
        var wrong = key.Secret[..^1] + (key.Secret[^1] == 'a' ? 'b' : 'a');
        for (var i = 0; i < ThrottleFixture.Limit; i++)
        {
            (await From(app, "10.9.0.1", wrong).GetAsync(BlacklistUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"attempt {i + 1}");
        }

        var refused = await From(app, "10.9.0.1", key.Secret).GetAsync(BlacklistUrl, Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta!.Value.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        (await refused.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("无效合作系统密钥过多");
        // Refused before the key was read: its use is not recorded.
        (await PartnerKeys.GetAsync(app, key.Id)).GetProperty("lastUsedAt").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        (await From(app, "10.9.0.2", key.Secret).GetAsync(BlacklistUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        (await From(app, "10.9.0.1", key.Secret).GetAsync(BlacklistUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static HttpClient From(ZhiliFactory app, string address, string key)
    {
        var client = app.ClientFrom(address);
        client.DefaultRequestHeaders.Add(Zhili.BuildingBlocks.Security.PartnerAccess.Header, key);
        return client;
    }
}
