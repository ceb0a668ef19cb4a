using static Zhili.Audit.Tests.AuditKit;

namespace Zhili.Audit.Tests;

/// <summary>Issue 3 item 5: the audit log is for auditors (and administrators) only.</summary>
public sealed class AuditAccessTests(AuditFixture fixture) : IClassFixture<AuditFixture>
{
    public static readonly string[] Urls = ["/audit", "/audit/export", "/api/v1/audit/records", "/api/v1/audit/verify", "/api/v1/audit/checkpoints"];

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_a_district_user_is_refused_403_and_an_auditor_or_administrator_gets_200(TestDatabase database)
    {
        var app = await fixture.App(database);
        foreach (var url in Urls)
        {
            (await FinalStatusAsync(app.Client(District), url)).ShouldBe(HttpStatusCode.Forbidden, url);
            (await app.AuditorClient().GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
            (await app.Client(TestSignIn.Admin).GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }

        // The page's "verify" button posts: refused before the form is even looked at.
        var posted = await app.Client(District).PostAsync("/audit", new FormUrlEncodedContent([]), Ct);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        posted.Headers.Location!.ToString().ShouldContain("/account/denied");
        (await app.AuditorClient().VerifyOnPageAsync()).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_an_anonymous_visitor_is_sent_to_sign_in_or_told_401(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client();

        var page = await client.GetAsync("/audit", Ct);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/account/sign-in");
        (await client.GetAsync("/api/v1/audit/records", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    /// <summary>A page refuses by sending the browser to the "denied" page, which answers 403; the API answers 403 at once.</summary>
    private static async Task<HttpStatusCode> FinalStatusAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response.Headers.Location!.ToString().ShouldContain("/account/denied");
            response = await client.GetAsync(response.Headers.Location, Ct);
        }

        return response.StatusCode;
    }
}
