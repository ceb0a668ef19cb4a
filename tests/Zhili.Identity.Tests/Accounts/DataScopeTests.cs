using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Inbox;
using Zhili.BuildingBlocks.Security;
using Zhili.Identity.Data;
using Zhili.Identity.Domain;

namespace Zhili.Identity.Tests.Accounts;

/// <summary>A district sees and changes only its own data: another unit's record is "not found" (404), never "forbidden".</summary>
public sealed class DataScopeTests(DemoFixture fixture) : IClassFixture<DemoFixture>
{
    private const string JinshuiAdmin = "jinshui-admin;admin;410105";
    private const string CityAdmin = "admin;admin;410100";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_district_administrator_lists_only_accounts_of_its_district_and_streets(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client(JinshuiAdmin);
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/identity/users?pageSize=200", Ct);

        var units = page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("unitCode").GetString()!).Distinct().Order().ToList();
        units.ShouldBe(["410105", "410105001", "410105002"]);
        var names = page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ToList();
        names.ShouldContain("jingbalu");
        names.ShouldNotContain("erqi");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_districts_account_is_404_through_the_api_and_the_pages(TestDatabase database)
    {
        var app = await fixture.App(database);
        var district = app.Client(JinshuiAdmin);
        var city = app.Client(CityAdmin);

        (await district.GetAsync("/api/v1/identity/users/erqi", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await district.GetAsync("/api/v1/identity/users/jingbalu", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await city.GetAsync("/api/v1/identity/users/erqi", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await district.GetAsync("/admin/users/erqi", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await district.GetAsync("/admin/users/jingbalu", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await city.GetAsync("/admin/users/erqi", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_units_notice_is_404_and_a_units_notice_reaches_its_people(TestDatabase database)
    {
        var app = await fixture.App(database);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IInbox>().PostAsync(
                new InboxMessage("410103", null, "deadline", "二七区测试通知", "距办理期限还有 1 个工作日", "/units/410103", "K-WD-2"), Ct);
        }

        var erqi = app.Client("erqi;district;410103");
        var list = await erqi.GetFromJsonAsync<JsonElement>("/api/v1/identity/inbox", Ct);
        var item = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "二七区测试通知");
        var id = item.GetProperty("id").GetInt64();
        list.GetProperty("unread").GetInt32().ShouldBeGreaterThanOrEqualTo(1);

        (await app.Client("jinshui;district;410105").GetAsync($"/api/v1/identity/inbox/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Client("jinshui;district;410105").PostAsync($"/api/v1/identity/inbox/{id}/read", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await erqi.PostAsync($"/api/v1/identity/inbox/{id}/read", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await erqi.GetFromJsonAsync<JsonElement>($"/api/v1/identity/inbox/{id}", Ct)).GetProperty("read").GetBoolean().ShouldBeTrue();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_save_outside_the_scope_is_refused_whole(TestDatabase database)
    {
        var app = await fixture.App(database);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ZhiliUser>>();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var erqi = (await users.FindByNameAsync("erqi"))!;

        using (DataScope.Enter(DataScope.For(["410105", "410105001"])))
        {
            erqi.DisplayName = "改名";
            await Should.ThrowAsync<OutOfScopeException>(() => db.SaveChangesAsync(Ct));
        }

        db.ChangeTracker.Clear();
        using (DataScope.Enter(DataScope.Unrestricted))
        {
            (await users.FindByNameAsync("erqi"))!.DisplayName.ShouldBe("周二七");
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_auditor_reads_everything_and_changes_nothing(TestDatabase database)
    {
        var app = await fixture.App(database);
        var auditor = app.Client("auditor;auditor;410100");
        (await auditor.GetAsync("/api/v1/identity/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IInbox>().PostAsync(
                new InboxMessage("410100", "auditor", "system", "审计测试通知", null, null), Ct);
        }

        var list = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/identity/inbox", Ct);
        var id = list.GetProperty("items").EnumerateArray().First(i => i.GetProperty("title").GetString() == "审计测试通知").GetProperty("id").GetInt64();
        (await auditor.PostAsync($"/api/v1/identity/inbox/{id}/read", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_district_administrator_cannot_open_accounts_elsewhere_or_grant_city_roles(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client(JinshuiAdmin);
        var fields = new Dictionary<string, string>
        {
            ["Input.UserName"] = "outsider", ["Input.DisplayName"] = "外单位", ["Input.UnitCode"] = "410103",
            ["Input.Roles"] = ZhiliRoles.CityOffice, ["Input.Password"] = "Zhili2018test",
        };
        var refused = await client.PostFormAsync("/admin/users/new", fields);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("只能在本单位及下级单位开设账户");
        html.ShouldContain("市级角色只能由市级管理员授予");

        fields["Input.UnitCode"] = "410105001";
        fields["Input.Roles"] = ZhiliRoles.Street;
        fields["Input.UserName"] = "street.opened";
        var opened = await client.PostFormAsync("/admin/users/new", fields);
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/api/v1/identity/users/street.opened", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/identity/users/outsider", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
