namespace Zhili.Identity.Tests.Baseline;

/// <summary>Issue 3 item 4: public surfaces carry cache headers (a GET may be cached a minute; a submission never).</summary>
public sealed class PublicSurfaceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_public_GET_may_be_cached_for_a_minute_and_a_submission_or_an_error_is_not_stored(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client();

        foreach (var url in new[] { "/api/v1/kernel/units", "/api/v1/kernel/blocks", "/api/v1/kernel/calendar/years" })
        {
            var read = await client.GetAsync(url, Ct);
            read.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            read.Headers.CacheControl!.ToString().ShouldBe("public, max-age=60", url);
        }

        var check = await client.PostAsJsonAsync("/api/v1/kernel/checks/credit-code", new { creditCode = "91350100M000100Y43" }, Ct);
        check.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var missing = await client.GetAsync("/api/v1/kernel/units/000000", Ct);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }
}
