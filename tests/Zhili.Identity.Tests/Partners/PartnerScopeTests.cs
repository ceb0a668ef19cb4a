using Zhili.BuildingBlocks.Security;
using Zhili.Identity.Domain;
using Zhili.Kernel;
using static Zhili.Identity.Tests.Partners.PartnerFixture;

namespace Zhili.Identity.Tests.Partners;

/// <summary>Issue 3 item 3: a partner key reaches only the scopes it was granted; no key, a wrong, revoked or expired one is 401.</summary>
public sealed class PartnerScopeTests(PartnerFixture fixture) : IClassFixture<PartnerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_key_reaches_the_endpoint_of_its_granted_scope_and_gets_403_from_another(TestDatabase database)
    {
        var app = await fixture.App(database);
        var key = await PartnerKeys.IssueAsync(app, BlacklistScope);
        var partner = app.PartnerClient(key.Secret);

        var granted = await partner.GetAsync(BlacklistUrl, Ct);
        granted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var caller = await granted.Content.ReadFromJsonAsync<Caller>(Ct);
        caller!.Name.ShouldBe($"partner:{PartnerKeys.Partner}");
        caller.Scopes.ShouldBe([BlacklistScope]);

        (await partner.GetAsync(Open311Url, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_key_with_two_scopes_reaches_both_and_Open311_clients_may_send_it_as_api_key(TestDatabase database)
    {
        var app = await fixture.App(database);
        var key = await PartnerKeys.IssueAsync(app, $"{BlacklistScope} {Open311Scope}");

        (await app.PartnerClient(key.Secret).GetAsync(BlacklistUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Client().GetAsync($"{Open311Url}?api_key={key.Secret}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task No_key_a_malformed_one_an_unknown_one_or_a_wrong_secret_is_401(TestDatabase database)
    {
        var app = await fixture.App(database);
        var key = await PartnerKeys.IssueAsync(app, BlacklistScope);
        var wrongSecret = key.Secret[..^1] + (key.Secret[^1] == 'a' ? 'b' : 'a');
        var unknownPrefix = "zk_zzzzzzzz" + key.Secret[11..];

        var none = await app.Client().GetAsync(BlacklistUrl, Ct);
        none.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        none.Headers.WwwAuthenticate.ToString().ShouldContain(PartnerAccess.Header);
        (await none.ReadJsonAsync()).GetProperty("status").GetInt32().ShouldBe(401);

        foreach (var bad in new[] { "nonsense", wrongSecret, unknownPrefix, key.Secret + "x" })
        {
            (await app.PartnerClient(bad).GetAsync(BlacklistUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, bad);
        }

        // A signed-in person is no partner: the policy reads the key alone.
        (await app.Client(TestSignIn.Admin).GetAsync(BlacklistUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_revoked_key_is_401_at_once_on_the_node_that_revoked_it(TestDatabase database)
    {
        var app = await fixture.App(database);
        var key = await PartnerKeys.IssueAsync(app, BlacklistScope);
        var partner = app.PartnerClient(key.Secret);
        // The first use caches the key; the revocation must not wait for the cache to expire.
        (await partner.GetAsync(BlacklistUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await PartnerKeys.RevokeAsync(app, key.Id);

        (await partner.GetAsync(BlacklistUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_key_revoked_on_one_node_is_refused_on_another_within_the_freshness_bound(TestDatabase database)
    {
        var app = await fixture.App(database);
        var key = await PartnerKeys.IssueAsync(app, BlacklistScope);
        await using var node2 = AppNodes.Start(app.Database, n =>
        {
            PartnerFixture.ConfigureStandIns(n);
            n.Settings["Zhili:Audit:SealIntervalSeconds"] = "0";
        });
        var partner = node2.PartnerClient(key.Secret);
        (await partner.GetAsync(BlacklistUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // node 2 now keeps the key

        await PartnerKeys.RevokeAsync(app, key.Id);

        // Within the bound (well under the 30 s a time-based cache kept a revoked key for), node 2 reads the key again.
        var status = await Eventually.Until(async () => (await partner.GetAsync(BlacklistUrl, Ct)).StatusCode, s => s == HttpStatusCode.Unauthorized);
        status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_key_works_through_its_last_day_and_is_401_once_expired(TestDatabase database)
    {
        var app = await fixture.App(database);
        var lastDay = PartnerKeys.Today(app).AddDays(1);
        var key = await PartnerKeys.IssueAsync(app, BlacklistScope, expiresOn: lastDay);
        var partner = app.PartnerClient(key.Secret);
        var end = new DateTimeOffset(Civil.EndOfDayUtc(lastDay));

        (await partner.GetAsync(BlacklistUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Clock.SetUtcNow(end.AddMinutes(-1)); // 23:59 Beijing time on the last day
        (await partner.GetAsync(BlacklistUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Clock.SetUtcNow(end);
        (await partner.GetAsync(BlacklistUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void The_scope_claim_the_policy_requires_is_the_one_the_key_scheme_grants() =>
        PartnerAccess.ScopeClaim.ShouldBe(ZhiliClaims.Scope);
}
