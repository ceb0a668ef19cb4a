using Zhili.Identity.Tests.Partners;
using static Zhili.Identity.Tests.Partners.PartnerFixture;

namespace Zhili.Identity.Tests.Baseline;

/// <summary>API answers to a signed-in person or a partner are no-store; anonymous public reads keep their minute of caching.</summary>
public sealed class PrivateAnswerTests(PartnerFixture fixture) : IClassFixture<PartnerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Answers_to_a_signed_in_person_are_no_store_even_on_a_public_read(TestDatabase database)
    {
        var app = await fixture.App(database);
        var person = app.Client("jinshui.test;district;410105");

        foreach (var url in new[] { "/api/v1/identity/me", "/api/v1/identity/inbox", "/api/v1/kernel/units" })
        {
            var answer = await person.GetAsync(url, Ct);
            answer.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            answer.Headers.CacheControl!.NoStore.ShouldBeTrue(url);
        }

        (await app.Client().GetAsync("/api/v1/kernel/units", Ct)).Headers.CacheControl!.ToString().ShouldBe("public, max-age=60");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Answers_to_a_partner_are_no_store(TestDatabase database)
    {
        var app = await fixture.App(database);
        var key = await PartnerKeys.IssueAsync(app, $"{BlacklistScope} {Open311Scope}");

        (await app.PartnerClient(key.Secret).GetAsync(BlacklistUrl, Ct)).Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await app.PartnerClient(key.Secret).GetAsync(Open311Url, Ct)).Headers.CacheControl!.NoStore.ShouldBeTrue();
    }
}
