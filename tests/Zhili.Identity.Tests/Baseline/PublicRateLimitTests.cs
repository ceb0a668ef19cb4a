using Zhili.BuildingBlocks.Security;

namespace Zhili.Identity.Tests.Baseline;

/// <summary>An app whose public limiter allows 3 requests a minute per client.</summary>
public sealed class SmallPublicLimitFixture : AppFixture
{
    protected override void Configure(ZhiliFactory factory) => factory.Settings[RateLimits.PublicPerMinuteKey] = "3";
}

/// <summary>Issue 3 item 4: anonymous public surfaces are throttled per client, with 429 and Retry-After.</summary>
public sealed class PublicRateLimitTests(SmallPublicLimitFixture fixture) : IClassFixture<SmallPublicLimitFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Past_the_public_limit_an_anonymous_client_gets_429_with_Retry_After_on_every_public_surface(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client();
        for (var i = 1; i <= 3; i++)
        {
            (await client.GetAsync("/api/v1/kernel/blocks", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, $"request {i}");
        }

        var refused = await client.GetAsync("/api/v1/kernel/blocks", Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta!.Value.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        refused.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await refused.ReadJsonAsync()).GetProperty("status").GetInt32().ShouldBe(429);

        // The count is per client across public surfaces, not per endpoint.
        (await client.GetAsync("/api/v1/kernel/units", Ct)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        // Pages and signed-in endpoints are not public surfaces and are not throttled by it.
        (await client.GetAsync("/units", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
