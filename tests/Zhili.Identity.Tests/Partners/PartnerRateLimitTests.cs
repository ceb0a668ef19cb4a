using static Zhili.Identity.Tests.Partners.PartnerFixture;

namespace Zhili.Identity.Tests.Partners;

/// <summary>Issue 3 item 3: each key has its own per-minute limit; past it the partner gets 429 with Retry-After.</summary>
public sealed class PartnerRateLimitTests(PartnerFixture fixture) : IClassFixture<PartnerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Past_its_per_minute_limit_a_key_gets_429_with_Retry_After_and_other_keys_do_not(TestDatabase database)
    {
        var app = await fixture.App(database);
        var key = await PartnerKeys.IssueAsync(app, BlacklistScope, perMinute: 3);
        var other = await PartnerKeys.IssueAsync(app, BlacklistScope, perMinute: 3);
        var partner = app.PartnerClient(key.Secret);

        for (var i = 1; i <= 3; i++)
        {
            (await partner.GetAsync(BlacklistUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, $"request {i}");
        }

        var refused = await partner.GetAsync(BlacklistUrl, Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var retryAfter = refused.Headers.RetryAfter!.Delta!.Value;
        retryAfter.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        var problem = await refused.ReadJsonAsync();
        problem.GetProperty("status").GetInt32().ShouldBe(429);
        problem.GetProperty("title").GetString()!.ShouldContain("请求过于频繁");

        (await app.PartnerClient(other.Secret).GetAsync(BlacklistUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
