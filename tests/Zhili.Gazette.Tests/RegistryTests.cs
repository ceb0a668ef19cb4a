using System.Text;
using System.Text.Json;
using MiniExcelLibs;

namespace Zhili.Gazette.Tests;

/// <summary>G-GROUP and G-LIST registries read from the imported gazette, as JSON and as .xlsx.</summary>
public sealed class RegistryTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> ImportedAsync(TestDatabase database)
    {
        var app = await fixture.App(database);
        using var body = new StringContent(SharedGazette.Text, Encoding.UTF8, "text/plain");
        (await app.Client(TestSignIn.Admin).PostAsync("/api/v1/gazette/imports", body, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return app.Client();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_LIST_the_coal_mine_closure_list_has_six_mines_totalling_135(TestDatabase database)
    {
        var client = await ImportedAsync(database);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/gazette/coal-mines", Ct);
        list.GetProperty("mines").GetArrayLength().ShouldBe(6);
        list.GetProperty("totalWanTonnes").GetInt32().ShouldBe(135);

        var bytes = await client.GetByteArrayAsync("/api/v1/gazette/coal-mines.xlsx", Ct);
        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Count.ShouldBe(6);
        OfficeSheets.Problems(bytes).ShouldBeEmpty();
        var capacities = OfficeSheets.Column(bytes, "关闭退出煤矿", "能力（万吨/年）");
        capacities.ShouldAllBe(c => c!.Number > 0 && c.Format == "0"); // numbers, not text
        capacities.Sum(c => c!.Number).ShouldBe(135);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_GROUP_members_of_each_leading_group_and_joint_meeting(TestDatabase database)
    {
        var client = await ImportedAsync(database);
        var members = (await client.GetFromJsonAsync<JsonElement>("/api/v1/gazette/groups", Ct)).EnumerateArray()
            .Select(m => (Group: m.GetProperty("group").GetString()!, Role: m.GetProperty("role").GetString()!,
                Name: m.GetProperty("name").GetString()!, Post: m.GetProperty("post").GetString()!, Org: m.GetProperty("organisation").GetString()!))
            .ToList();

        var meeting = members.Where(m => m.Group == "郑州市粮食生产功能区联席会议").ToList();
        meeting.ShouldContain(("郑州市粮食生产功能区联席会议", "召集人", "李喜安", "副市长", ""));
        meeting.ShouldContain(m => m.Role == "副召集人" && m.Name == "周亚民" && m.Org == "市农委");
        meeting.ShouldContain(m => m.Role == "办公室主任" && m.Name == "周亚民");
        meeting.ShouldContain(m => m.Name == "孟玲武" && m.Post == "市统计局经济社会调查队书记");
        meeting.Count(m => m.Role == "成员").ShouldBe(10);

        var metrology = members.Where(m => m.Group == "郑州市人民政府中国计量科学研究院战略合作项目领导小组").ToList();
        metrology.Where(m => m.Role == "组长").Select(m => m.Name).ShouldBe(["谷保中", "方向"]);
        metrology.ShouldContain(m => m.Role == "办公室副主任" && m.Name == "杨军");

        var school = members.Where(m => m.Group == "学校安全风险防控体系建设领导小组").ToList();
        school.ShouldContain(m => m.Role == "组长" && m.Name == "刘东" && m.Post == "副市长");
        school.ShouldContain(m => m.Name == "钱国强" && m.Post == "市司法局党委委员、依法治市办专职副主任");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_LIST_commendations_of_units_and_persons(TestDatabase database)
    {
        var client = await ImportedAsync(database);
        var list = (await client.GetFromJsonAsync<JsonElement>("/api/v1/gazette/commendations", Ct)).EnumerateArray()
            .Select(c => (Kind: c.GetProperty("kind").GetString(), Name: c.GetProperty("name").GetString(), Doc: c.GetProperty("documentId").GetInt32()))
            .ToList();
        var byDoc = list.GroupBy(c => c.Doc).OrderBy(g => g.Key).ToList();
        byDoc.Count.ShouldBe(2);
        // 郑政文〔2018〕137号: 19 先进集体, 30 先进个人; 郑政办文〔2018〕33号: 30 先进单位, 40 先进个人 (as the letters say).
        byDoc.Select(g => (g.Count(c => c.Kind == "单位"), g.Count(c => c.Kind == "个人"))).ShouldBe([(19, 30), (30, 40)], ignoreOrder: true);
        list.ShouldContain(c => c.Name == "王牧" && c.Kind == "个人");
    }
}
