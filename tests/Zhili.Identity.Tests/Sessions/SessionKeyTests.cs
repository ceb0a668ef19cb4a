using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.Identity.Data;
using Zhili.Identity.Demo;
using Zhili.Identity.Sessions;

namespace Zhili.Identity.Tests.Sessions;

/// <summary>
/// The data-protection keys that sign sessions and antiforgery tokens are stored encrypted under a key file kept outside
/// the database: a database copy alone holds no key, and every node with the key file reads every node's sessions.
/// </summary>
public sealed class SessionKeyTests(SessionKeyFixture fixture) : IClassFixture<SessionKeyFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_stored_data_protection_key_holds_no_readable_key_material(TestDatabase database)
    {
        var app = await fixture.App(database);
        // A form with an antiforgery token makes the app create and store its key ring.
        (await app.Client().GetAsync("/account/sign-in", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = await KeyRowsAsync(app);
        rows.ShouldNotBeEmpty();
        var current = KeyFile.Read(fixture.KeyFilePath).Id;

        foreach (var xml in rows)
        {
            xml.ShouldNotContain("masterKey");
            XElement.Parse(xml).Descendants(KeyFileXmlEncryptor.Element).ShouldHaveSingleItem();
        }

        // The material is there, encrypted: the key file opens it.
        var mine = rows.Select(XElement.Parse).Select(k => k.Descendants(KeyFileXmlEncryptor.Element).Single())
            .First(e => (string?)e.Attribute("keyFile") == current);
        new KeyFileXmlDecryptor(app.Services).Decrypt(mine).ToString().ShouldContain("masterKey");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_second_node_with_the_same_key_file_reads_the_first_nodes_session_and_one_with_another_does_not(TestDatabase database)
    {
        var first = await fixture.App(database);
        var cookie = await SignInCookieAsync(first.Client(), "jinshui");

        await using (var second = AppNodes.Start(first.Database, node => SessionKeyFixture.Apply(node, fixture.KeyFilePath)))
        {
            var me = await MeAsync(second, cookie);
            me.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await me.ReadJsonAsync()).GetProperty("userName").GetString().ShouldBe("jinshui");
        }

        await using var stranger = AppNodes.Start(first.Database, node => SessionKeyFixture.Apply(node, fixture.NewKeyFile($"other-{database}.key")));
        (await MeAsync(stranger, cookie)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    /// <summary>Signs in through the form; answers the sign-in cookie as a Cookie header value.</summary>
    public static async Task<string> SignInCookieAsync(HttpClient client, string user)
    {
        var signedIn = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["UserName"] = user, ["Password"] = DemoAccounts.Password });
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("zhili.auth=", StringComparison.Ordinal)).Split(';')[0];
    }

    private static async Task<HttpResponseMessage> MeAsync(ZhiliFactory node, string cookie)
    {
        using var client = node.Server.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return await client.GetAsync("/api/v1/identity/me", Ct);
    }

    private static async Task<List<string>> KeyRowsAsync(ZhiliFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().DataProtectionKeys.Select(k => k.Xml!).ToListAsync(Ct);
    }
}
