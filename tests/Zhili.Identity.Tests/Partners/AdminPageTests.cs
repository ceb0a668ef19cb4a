using System.Text.RegularExpressions;
using Zhili.Identity.Tests.Accounts;
using static Zhili.Identity.Tests.Partners.PartnerFixture;

namespace Zhili.Identity.Tests.Partners;

/// <summary>The administrator's page /admin/partners: issue a key (shown once), list keys, revoke one (POST with antiforgery).</summary>
public sealed partial class AdminPageTests(PartnerFixture fixture) : IClassFixture<PartnerFixture>
{
    private const string NewUrl = "/admin/partners/new";
    private const string ListUrl = "/admin/partners";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Form(string partner, string scopes, string perMinute = "60", string expiresOn = "") => new()
    {
        ["Input.Partner"] = partner,
        ["Input.Scopes"] = scopes,
        ["Input.RequestsPerMinute"] = perMinute,
        ["Input.ExpiresOn"] = expiresOn,
    };

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_administrator_issues_a_key_on_the_page_sees_it_once_and_revokes_it_there(TestDatabase database)
    {
        var app = await fixture.App(database);
        var admin = app.Client(TestSignIn.Admin);
        var form = await admin.GetStringAsync(NewUrl, Ct);
        form.ShouldContain("value=\"2026-06-10\"");
        form.ShouldContain($"<code>{BlacklistScope}</code>");

        var issued = await admin.PostFormAsync(NewUrl, Form("市人社局欠薪系统", BlacklistScope, "20", "2027-01-31"));
        issued.StatusCode.ShouldBe(HttpStatusCode.OK);
        issued.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var html = await issued.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("密钥只显示这一次");
        var secret = Secret().Match(html).Value;
        (await app.PartnerClient(secret).GetAsync(BlacklistUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var list = await admin.GetStringAsync(ListUrl, Ct);
        list.ShouldContain("市人社局欠薪系统");
        list.ShouldContain($"<code>{secret[..12]}…</code>");
        list.ShouldContain("2027-01-31");
        list.ShouldNotContain(secret);

        var ids = RevokeId().Matches(list).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        ids.ShouldNotBeEmpty(list);
        var id = ids.Max();
        var revoked = await admin.PostFormAsync(ListUrl, new Dictionary<string, string>(), postTo: $"{ListUrl}?handler=Revoke&id={id}");
        revoked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        revoked.Headers.Location!.ToString().ShouldBe($"{ListUrl}?revoked={id}");
        (await admin.GetStringAsync(revoked.Headers.Location, Ct)).ShouldContain("已吊销");
        (await app.PartnerClient(secret).GetAsync(BlacklistUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_issue_form_shows_Chinese_messages_and_issues_nothing(TestDatabase database)
    {
        var app = await fixture.App(database);
        var admin = app.Client(TestSignIn.Admin);

        var refused = await admin.PostFormAsync(NewUrl, Form("", "Blacklist Lookup", "0", "2030-01-01"));

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("请填写合作系统名称");
        html.ShouldContain("授权范围“Blacklist、Lookup”格式不对");
        html.ShouldContain("每分钟请求上限应在 1 到 6000 之间");
        html.ShouldContain("有效期最长 3 年");
        html.ShouldNotContain("密钥只显示这一次");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Revoking_without_the_antiforgery_token_is_refused(TestDatabase database)
    {
        var app = await fixture.App(database);
        var key = await PartnerKeys.IssueAsync(app, BlacklistScope);

        var forged = await app.Client(TestSignIn.Admin).PostAsync($"{ListUrl}?handler=Revoke&id={key.Id}", new FormUrlEncodedContent([]), Ct);

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.PartnerClient(key.Secret).GetAsync(BlacklistUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task District_staff_and_district_administrators_are_denied_the_pages(TestDatabase database)
    {
        var app = await fixture.App(database);
        foreach (var user in new[] { "jinshui;district;410105", "jinshui-admin;admin;410105" })
        {
            foreach (var url in new[] { ListUrl, NewUrl })
            {
                var response = await app.Client(user).GetAsync(url, Ct);
                response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{user} {url}");
                response.Headers.Location!.ToString().ShouldContain("/account/denied");
            }
        }
    }

    [GeneratedRegex("zk_[a-z0-9]{8}_[A-Za-z0-9]{40}")]
    private static partial Regex Secret();

    [GeneratedRegex("action=\"/admin/partners\\?id=(\\d+)&amp;handler=Revoke\"")]
    private static partial Regex RevokeId();
}
