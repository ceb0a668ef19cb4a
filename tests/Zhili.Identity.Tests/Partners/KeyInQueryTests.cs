using Zhili.BuildingBlocks.Security;
using static Zhili.Identity.Tests.Partners.PartnerFixture;

namespace Zhili.Identity.Tests.Partners;

/// <summary>A partner key goes in the X-Api-Key header; only Open311 GeoReport clients may send it in the query string.</summary>
public sealed class KeyInQueryTests(PartnerFixture fixture) : IClassFixture<PartnerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Outside_Open311_a_key_in_the_query_string_is_refused_with_its_reason_and_never_checked(TestDatabase database)
    {
        var app = await fixture.App(database);
        var key = await PartnerKeys.IssueAsync(app, BlacklistScope);

        var refused = await app.Client().GetAsync($"{BlacklistUrl}?{PartnerAccess.QueryParameter}={key.Secret}", Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await refused.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("不能放在网址的查询参数里");
        // Not even beside a valid header: the key has leaked into a URL, and the partner must hear of it.
        (await app.PartnerClient(key.Secret).GetAsync($"{BlacklistUrl}?{PartnerAccess.QueryParameter}={key.Secret}", Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // The key was never looked up: a check would have recorded its use.
        (await PartnerKeys.GetAsync(app, key.Id)).GetProperty("lastUsedAt").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        (await app.PartnerClient(key.Secret).GetAsync(BlacklistUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PartnerKeys.GetAsync(app, key.Id)).GetProperty("lastUsedAt").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.String);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Each_refused_key_gets_a_401_that_says_why(TestDatabase database)
    {
        var app = await fixture.App(database);

        var none = await app.Client().GetAsync(BlacklistUrl, Ct);
        (await none.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("缺少合作系统密钥");
        var wrong = await app.PartnerClient("zk_zzzzzzzz_" + new string('a', 40)).GetAsync(BlacklistUrl, Ct);
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await wrong.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("无效、已吊销或已过期");
    }
}
