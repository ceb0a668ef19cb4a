using System.Text.Json;
using System.Text.RegularExpressions;

namespace Zhili.Identity.Tests.Partners;

/// <summary>City-wide administrators issue, list and revoke partner keys through <c>/api/v1/identity/partners/keys</c>.</summary>
public sealed partial class AdminApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string DistrictUser = "jinshui;district;410105";
    private const string DistrictAdmin = "jinshui-admin;admin;410105";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_administrator_issues_a_key_sees_the_secret_once_lists_it_and_revokes_it(TestDatabase database)
    {
        var app = await fixture.App(database);
        var admin = app.Client(TestSignIn.Admin);

        var issued = await admin.PostAsJsonAsync(PartnerKeys.Url, new { partner = "市公共资源交易中心", scopes = "blacklist.lookup, open311", requestsPerMinute = 30 }, Ct);
        issued.StatusCode.ShouldBe(HttpStatusCode.Created);
        issued.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var body = await issued.ReadJsonAsync();
        var secret = body.GetProperty("secret").GetString()!;
        KeyShape().IsMatch(secret).ShouldBeTrue(secret);
        var key = body.GetProperty("key");
        var id = key.GetProperty("id").GetInt64();
        issued.Headers.Location!.ToString().ShouldBe($"{PartnerKeys.Url}/{id}");
        key.GetProperty("prefix").GetString().ShouldBe($"{secret[..12]}…");
        key.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).ShouldBe(["blacklist.lookup", "open311"]);
        key.GetProperty("requestsPerMinute").GetInt32().ShouldBe(30);
        key.GetProperty("state").GetString().ShouldBe("Active");
        // Default expiry: a year, through the end of that civil day (24:00 Beijing time is 16:00 UTC).
        key.GetProperty("expiresAt").GetDateTime().ShouldBe(new DateTime(2026, 6, 10, 16, 0, 0));

        var list = await admin.GetStringAsync(PartnerKeys.Url, Ct);
        list.ShouldContain(secret[..11]);
        list.ShouldNotContain(secret[12..]);
        list.ShouldNotContain("hash", Case.Insensitive);

        var revoked = await admin.PostAsync($"{PartnerKeys.Url}/{id}/revoke", null, Ct);
        revoked.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await revoked.ReadJsonAsync();
        after.GetProperty("state").GetString().ShouldBe("Revoked");
        after.GetProperty("revokedBy").GetString().ShouldBe("admin.test");
        (await admin.PostAsync($"{PartnerKeys.Url}/{id}/revoke", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsync($"{PartnerKeys.Url}/999999/revoke", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_bad_request_is_refused_field_by_field_in_Chinese_and_issues_nothing(TestDatabase database)
    {
        var app = await fixture.App(database);
        var admin = app.Client(TestSignIn.Admin);
        var before = (await admin.GetFromJsonAsync<JsonElement>(PartnerKeys.Url, Ct)).GetArrayLength();

        var response = await admin.PostAsJsonAsync(PartnerKeys.Url,
            new { partner = " ", scopes = "blacklist.lookup Bad_Scope", requestsPerMinute = 0, expiresOn = "2029-01-01" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        errors.GetProperty("partner")[0].GetString().ShouldBe("请填写合作系统名称");
        errors.GetProperty("scopes")[0].GetString()!.ShouldContain("Bad_Scope");
        errors.GetProperty("requestsPerMinute")[0].GetString()!.ShouldContain("1 到 6000");
        errors.GetProperty("expiresOn")[0].GetString()!.ShouldContain("最长 3 年");
        (await admin.GetFromJsonAsync<JsonElement>(PartnerKeys.Url, Ct)).GetArrayLength().ShouldBe(before);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_district_user_and_a_district_administrator_get_403_and_an_anonymous_caller_401(TestDatabase database)
    {
        var app = await fixture.App(database);
        var request = new { partner = "某系统", scopes = "blacklist.lookup" };
        foreach (var user in new[] { DistrictUser, DistrictAdmin })
        {
            var client = app.Client(user);
            (await client.GetAsync(PartnerKeys.Url, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, user);
            (await client.PostAsJsonAsync(PartnerKeys.Url, request, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, user);
        }

        (await app.Client().GetAsync(PartnerKeys.Url, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [GeneratedRegex("^zk_[a-z0-9]{8}_[A-Za-z0-9]{40}$")]
    private static partial Regex KeyShape();
}
