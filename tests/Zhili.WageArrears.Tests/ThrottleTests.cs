using Zhili.BuildingBlocks.Security;

namespace Zhili.WageArrears.Tests;

/// <summary>The app with a public limit of 3 requests a minute per client, so the throttle shows in a few requests.</summary>
public sealed class ThrottledFixture : AppFixture
{
    protected override void Configure(ZhiliFactory factory)
    {
        factory.Settings["Zhili:Audit:SealIntervalSeconds"] = "0";
        factory.Settings[RateLimits.PublicPerMinuteKey] = "3";
    }
}

/// <summary>B-NOTICE, B-OBJ: the self-service forms are public surfaces, throttled per client like every other.</summary>
public sealed class ThrottleTests(ThrottledFixture fixture) : IClassFixture<ThrottledFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_NOTICE_guessing_access_codes_is_throttled_per_client(TestDatabase database)
    {
        var anonymous = (await fixture.App(database)).Client();
        var guess = new { accessCode = "2345-6789-ABCD", creditCode = Sample.Code(1101), text = "申辩" };
        for (var i = 0; i < 3; i++)
        {
            await anonymous.Send("/api/v1/blacklist/public/defence", guess).Refused("B-NOTICE");
        }

        var throttled = await anonymous.Send("/api/v1/blacklist/public/objections", new { guess.accessCode, guess.creditCode, guess.text, evidence = "证据" });
        throttled.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        throttled.Headers.RetryAfter.ShouldNotBeNull();
        (await anonymous.GetAsync("/blacklist/defence", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }
}
