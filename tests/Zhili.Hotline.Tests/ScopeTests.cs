using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>Data scope: an appeal belongs to its lead unit; another district gets 404 through the API and the pages.</summary>
public sealed class ScopeTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    private const string Api = "/api/v1/hotline/appeals";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_a_district_gets_404_for_another_districts_appeal(TestDatabase database)
    {
        var app = await fixture.App(database);
        var id = await app.ReceiveAsync();
        await app.AssignAsync(id, "410103");
        var jinshui = app.Client(Jinshui);
        (await jinshui.GetAsync($"{Api}/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await jinshui.PostAsJsonAsync($"{Api}/{id}/reply", new { text = "越权答复" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await jinshui.PostAsJsonAsync($"{Api}/{id}/return", new { reason = "越权回退" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await jinshui.GetAsync($"/hotline/appeals/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await jinshui.GetFromJsonAsync<JsonElement>($"{Api}?pageSize=200", Ct)).GetProperty("items").EnumerateArray()
            .ShouldNotContain(a => a.GetProperty("id").GetInt64() == id);
        (await jinshui.GetStringAsync("/hotline", Ct)).ShouldNotContain($"/hotline/appeals/{id}\"");

        var erqi = app.Client(Erqi);
        (await erqi.GetAsync($"{Api}/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await erqi.GetAsync($"/hotline/appeals/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await erqi.GetStringAsync("/hotline", Ct)).ShouldContain($"/hotline/appeals/{id}\"");
        (await app.Client("x;road-chief;410103").GetAsync($"{Api}/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_the_office_list_filters_sorts_and_shows_the_time_left(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.At(2026, 2, 12, 10);
        var a = await app.ReceiveAsync(NewAppeal("Consultation"));
        var b = await app.ReceiveAsync(NewAppeal("Report"));
        await app.AssignAsync(a, "410103");
        await app.AssignAsync(b, "410105");
        var office = app.Client(Office);
        var list = await office.GetFromJsonAsync<JsonElement>($"{Api}?type=Report&unit=410105&state=Assigned", Ct);
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ShouldBe([b]);
        app.At(2026, 2, 13, 12); // 02-13 24:00 is 12 hours away for the consultation
        var html = await office.GetStringAsync("/hotline?type=Consultation&sort=deadline", Ct);
        html.ShouldContain($"/hotline/appeals/{a}\"");
        html.ShouldNotContain($"/hotline/appeals/{b}\"");
        html.ShouldContain("剩余 12 小时 0 分");
        var detail = await office.GetStringAsync($"/hotline/appeals/{a}", Ct);
        detail.ShouldContain("张卫东");
        detail.ShouldContain("H-SLA");
    }
}
