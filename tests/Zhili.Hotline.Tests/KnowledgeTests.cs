using static Zhili.Hotline.Tests.Hotline;
using static Zhili.Hotline.Tests.IntakeKit;

namespace Zhili.Hotline.Tests;

/// <summary>H-FLOW: the knowledge base of answers to consultations, and closing a consultation at first contact with one.</summary>
public sealed class KnowledgeTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    private static object Answer(string title, string keywords, string? category = null, bool active = true) =>
        new { title, answer = $"{title}：答复正文。", categoryCode = category, keywords, active };

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_knowledge_base_answers_are_kept_by_the_office_and_searched_by_title_and_keywords(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        var care = await office.PostOk(Knowledge, Answer("养老护理员岗位补贴", "养老，补贴 护理员", "120201"));
        care.Str("keywords").ShouldBe("养老 补贴 护理员");
        var parking = await office.PostOk(Knowledge, Answer("经营性停车场位置查询", "停车 泊位"));

        async Task<List<long>> Search(string query) =>
            (await app.Client(Erqi).GetFromJsonAsync<JsonElement>($"{Knowledge}?{query}", Ct)).Items().Select(e => e.Id()).ToList();
        (await Search("q=补贴")).ShouldBe([care.Id()]);       // a keyword
        (await Search("q=停车场")).ShouldBe([parking.Id()]);  // a word of the title
        (await Search("q=养老 护理员")).ShouldBe([care.Id()]);
        (await Search("categoryCode=120201")).ShouldBe([care.Id()]);
        (await Search("q=黑名单")).ShouldBeEmpty();

        var off = await office.PutOk($"{Knowledge}/{parking.Id()}", Answer("经营性停车场位置查询", "停车 泊位", active: false));
        off.GetProperty("active").GetBoolean().ShouldBeFalse();
        (await Search("q=停车")).ShouldBeEmpty();
        (await Search("q=停车&includeInactive=true")).ShouldBe([parking.Id()]);

        await office.PostRefused(Knowledge, Answer("", "空"), "title", "H-FLOW");
        await office.PostRefused(Knowledge, Answer("分类不存在", "无", "999999"), "categoryCode", "H-FLOW");
        await office.PostRefused(Knowledge, Answer("分类代码不对", "无", "12"), "categoryCode", "H-FLOW");
        (await app.Client(Erqi).PostStatus(Knowledge, Answer("区里写的", "无"))).ShouldBe(HttpStatusCode.Forbidden);
        (await app.AuditAsync("KnowledgeAnswer")).Items().ShouldContain(r => r.Str("action") == "Added" && r.Str("actor") == "office.test");

        var page = await app.Client(Erqi).GetStringAsync("/hotline/knowledge?q=补贴", Ct);
        page.ShouldContain("养老护理员岗位补贴");
        page.ShouldNotContain("新增答复");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_a_consultation_closed_at_first_contact_cites_the_knowledge_base_answer(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        var answer = (await office.PostOk(Knowledge, Answer("养老护理员岗位补贴", "养老 补贴", "120201"))).Id();
        var retired = (await office.PostOk(Knowledge, Answer("旧政策", "旧", active: false))).Id();
        var consultation = await app.ReceiveAsync(NewAppeal("Consultation").With(("categoryCode", "120201")));

        await office.PostRefused($"{Appeals}/{consultation}/first-contact", new { answerId = retired }, "answerId", "H-FLOW");
        await office.PostRefused($"{Appeals}/{consultation}/first-contact", new { answerId = 999999 }, "answerId", "H-FLOW");
        await office.PostRefused($"{Appeals}/{consultation}/first-contact", new { answerId = 0 }, "answerId", "H-FLOW");
        (await app.Client(Erqi).PostStatus($"{Appeals}/{consultation}/first-contact", new { answerId = answer })).ShouldBe(HttpStatusCode.Forbidden);
        var closed = await office.PostOk($"{Appeals}/{consultation}/first-contact", new { answerId = answer, note = "来电人表示清楚了" });
        closed.Str("state").ShouldBe("Closed");
        closed.Str("closureReason").ShouldBe("Resolved");
        closed.GetProperty("resolvedAtFirstContact").GetBoolean().ShouldBeTrue();
        closed.GetProperty("knowledgeAnswerId").GetInt64().ShouldBe(answer);
        closed.Str("firstAssignedAt").ShouldBeNull();
        closed.GetProperty("events").Items().Last().Str("text")!.ShouldContain("养老护理员岗位补贴");

        var complaint = await app.ReceiveAsync();
        await office.PostRefused($"{Appeals}/{complaint}/first-contact", new { answerId = answer }, "type", "H-FLOW");
        var assigned = await app.ReceiveAsync(NewAppeal("Consultation"));
        await app.AssignAsync(assigned, "410103");
        await office.PostRefused($"{Appeals}/{assigned}/first-contact", new { answerId = answer }, "state", "H-FLOW");
        (await office.GetAsync(assigned)).GetProperty("resolvedAtFirstContact").GetBoolean().ShouldBeFalse();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_the_appeal_page_offers_the_answers_and_closes_at_first_contact(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        var answer = (await office.PostOk(Knowledge, Answer("养老护理员岗位补贴", "养老 补贴", "120201"))).Id();
        var consultation = await app.ReceiveAsync(NewAppeal("Consultation").With(("categoryCode", "120201")));
        var url = $"/hotline/appeals/{consultation}";
        (await office.GetStringAsync(url, Ct)).ShouldContain("首次接触答复（知识库）");
        var posted = await office.PostFormAsync(url, new Dictionary<string, string>
        {
            ["answerId"] = answer.ToString(System.Globalization.CultureInfo.InvariantCulture), ["note"] = "已答复",
        }, $"{url}?handler=FirstContact");
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var closed = await office.GetAsync(consultation);
        closed.GetProperty("resolvedAtFirstContact").GetBoolean().ShouldBeTrue();
        (await office.GetStringAsync(url, Ct)).ShouldNotContain("首次接触答复（知识库）");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_demo_seeds_knowledge_base_answers_from_the_gazette_once(TestDatabase database)
    {
        var app = await fixture.App(database, demo: true);
        var all = await app.Client(Office).GetFromJsonAsync<JsonElement>(Knowledge, Ct);
        all.GetArrayLength().ShouldBe(5);
        var blacklist = await app.Client(Office).GetFromJsonAsync<JsonElement>($"{Knowledge}?q=黑名单", Ct);
        blacklist.Items().Select(k => k.Str("categoryCode")).ShouldAllBe(c => c == "120101");
        blacklist.Items().ShouldContain(k => k.Str("answer")!.Contains("15 个工作日"));
    }
}
