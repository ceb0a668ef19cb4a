using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>H-CRIT criticisms and explanations, H-TALK interview proposals, H-ACC discipline referrals.</summary>
public sealed class CriticismTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    private const string Api = "/api/v1/hotline";

    private static object Criticism(string unit = "410103", string date = "2026-03-01") =>
        new { unitCode = unit, ground = "LateHandling", reason = "3月按期结案率全市末位", bulletinPeriod = "Month", bulletinDate = date };

    private static async Task<JsonElement> Inbox(ZhiliFactory app, string user) =>
        (await app.Client(user).GetFromJsonAsync<JsonElement>("/api/v1/identity/inbox", Ct)).GetProperty("items");

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_CRIT_a_criticism_is_sent_to_the_assessment_departments_and_the_unit_owes_an_explanation(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.At(2026, 4, 2, 10);
        var office = app.Client(Office);
        (await app.Client(Erqi).PostAsJsonAsync($"{Api}/criticisms", Criticism(), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await office.PostRefused($"{Api}/criticisms", Criticism(unit: "999999"), "unitCode", "K-UNITS");
        await office.PostRefused($"{Api}/criticisms", new { unitCode = "410103", ground = "LateHandling", reason = "", bulletinPeriod = "Month", bulletinDate = "2026-03-01" }, "reason", "H-CRIT");

        var issued = await office.PostOk($"{Api}/criticisms", Criticism());
        var c = issued.GetProperty("criticism");
        c.Str("bulletinLabel").ShouldBe("2026年3月 月结");
        c.GetProperty("sentTo").EnumerateArray().Select(r => r.GetString()).ShouldBe(["绩效考核部门", "行风评议部门"]);
        (c.GetProperty("ordinal").GetInt32(), c.GetProperty("explanationOwed").GetBoolean()).ShouldBe((1, true));
        issued.Str("interviewProposal").ShouldBeNull();
        (await Inbox(app, Erqi)).EnumerateArray().ShouldContain(m => m.Str("title")!.StartsWith("通报批评：二七区", StringComparison.Ordinal) && m.Str("rule") == "H-CRIT");

        var id = c.GetProperty("id").GetInt64();
        var jinshui = app.Client(Jinshui);
        (await jinshui.GetAsync($"{Api}/criticisms/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await jinshui.PostAsJsonAsync($"{Api}/criticisms/{id}/explanation", new { text = "越权" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var erqi = app.Client(Erqi);
        var owed = await erqi.GetFromJsonAsync<JsonElement>($"{Api}/criticisms?owed=true", Ct);
        owed.GetProperty("total").GetInt32().ShouldBe(1);
        app.At(2026, 4, 3, 9);
        var explained = await erqi.PostOk($"{Api}/criticisms/{id}/explanation", new { text = "已查明原因，整改措施如下……" });
        (explained.GetProperty("explanationOwed").GetBoolean(), explained.Str("explainedBy")).ShouldBe((false, "erqi.test"));
        await erqi.PostRefused($"{Api}/criticisms/{id}/explanation", new { text = "再说明一次" }, "explanation", "H-CRIT");
        (await jinshui.GetFromJsonAsync<JsonElement>($"{Api}/criticisms", Ct)).GetProperty("total").GetInt32().ShouldBe(0);
        var html = await office.GetStringAsync("/hotline/criticisms", Ct);
        html.ShouldContain("已查明原因");
        html.ShouldContain("绩效考核部门");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_TALK_the_second_criticism_in_a_year_raises_an_interview_proposal_and_the_first_does_not(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        app.At(2026, 4, 2, 10);
        var first = await office.PostOk($"{Api}/criticisms", Criticism());
        first.Str("interviewProposal").ShouldBeNull();
        await office.PostOk($"{Api}/criticisms", Criticism(unit: "410105")); // another unit's first does not count for 二七
        (await office.GetFromJsonAsync<JsonElement>($"{Api}/interviews", Ct)).GetProperty("total").GetInt32().ShouldBe(0);

        app.At(2026, 5, 6, 10);
        var second = await office.PostOk($"{Api}/criticisms", Criticism(date: "2026-04-01"));
        var proposal = second.GetProperty("interviewProposal");
        (proposal.Str("unitCode"), proposal.Str("state"), proposal.Str("raisedBy")).ShouldBe(("410103", "Proposed", "system"));
        proposal.GetProperty("criticismIds").EnumerateArray().Select(i => i.GetInt64())
            .ShouldBe([first.GetProperty("criticism").GetProperty("id").GetInt64(), second.GetProperty("criticism").GetProperty("id").GetInt64()]);
        (await Inbox(app, Office)).EnumerateArray().ShouldContain(m => m.Str("title") == "约谈建议待确认：二七区" && m.Str("rule") == "H-TALK");

        // A third while the proposal waits joins it.
        var third = await office.PostOk($"{Api}/criticisms", Criticism(date: "2026-05-01"));
        third.GetProperty("interviewProposal").GetProperty("id").GetInt64().ShouldBe(proposal.GetProperty("id").GetInt64());
        third.GetProperty("interviewProposal").GetProperty("criticismIds").GetArrayLength().ShouldBe(3);

        var pid = proposal.GetProperty("id").GetInt64();
        (await app.Client(Erqi).PostAsJsonAsync($"{Api}/interviews/{pid}/confirm", new { note = "x" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var confirmed = await office.PostOk($"{Api}/interviews/{pid}/confirm", new { note = "5月8日约谈主要负责人和分管负责人" });
        (confirmed.Str("state"), confirmed.Str("decidedBy")).ShouldBe(("Confirmed", "office.test"));
        await office.PostRefused($"{Api}/interviews/{pid}/dismiss", new { note = "改变主意" }, "state", "H-TALK");
        (await Inbox(app, Erqi)).EnumerateArray().ShouldContain(m => m.Str("title") == "市政府领导约谈通知");
        (await app.Client(Erqi).GetFromJsonAsync<JsonElement>($"{Api}/interviews", Ct)).GetProperty("total").GetInt32().ShouldBe(1);
        (await app.Client(Jinshui).GetFromJsonAsync<JsonElement>($"{Api}/interviews", Ct)).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_TALK_criticisms_in_a_new_calendar_year_start_over(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        app.At(2025, 12, 30, 10);
        (await office.PostOk($"{Api}/criticisms", Criticism(date: "2025-11-01"))).GetProperty("criticism").GetProperty("year").GetInt32().ShouldBe(2025);
        app.At(2026, 1, 5, 10); // a new calendar year (K-TZ): this is 二七区's first criticism of 2026
        var next = await office.PostOk($"{Api}/criticisms", Criticism(date: "2025-12-01"));
        (next.GetProperty("criticism").GetProperty("year").GetInt32(), next.GetProperty("criticism").GetProperty("ordinal").GetInt32()).ShouldBe((2026, 1));
        next.Str("interviewProposal").ShouldBeNull();
        app.At(2026, 2, 3, 10);
        var second = await office.PostOk($"{Api}/criticisms", Criticism(date: "2026-01-01"));
        second.GetProperty("interviewProposal").GetProperty("year").GetInt32().ShouldBe(2026);
        second.GetProperty("interviewProposal").GetProperty("criticismIds").GetArrayLength().ShouldBe(2);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_TALK_H_ACC_office_proposes_for_perfunctory_handling_dismisses_and_refers_misconduct(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        app.At(2026, 4, 2, 10);
        var proposal = await office.PostOk($"{Api}/interviews", new { unitCode = "410105", grounds = "多次督办无明显进展，推诿扯皮" });
        (proposal.Str("raisedBy"), proposal.GetProperty("criticismIds").GetArrayLength()).ShouldBe(("office.test", 0));
        var dismissed = await office.PostOk($"{Api}/interviews/{proposal.GetProperty("id").GetInt64()}/dismiss", new { note = "已于督办后整改到位" });
        (dismissed.Str("state"), dismissed.Str("decisionNote")).ShouldBe(("Dismissed", "已于督办后整改到位"));

        await office.PostRefused($"{Api}/referrals",
            new { unitCode = "410105", misconduct = "打击报复投诉人", referredTo = "市纪委监委", referredOn = "2026-04-03" }, "referredOn", "H-ACC");
        var referral = await office.PostOk($"{Api}/referrals",
            new { unitCode = "410105", misconduct = "承办人员隐瞒事实真相", referredTo = "市纪委监委", referredOn = "2026-04-01" });
        (referral.Str("referredTo"), referral.Str("referredOn"), referral.Str("recordedBy")).ShouldBe(("市纪委监委", "2026-04-01", "office.test"));
        (await office.GetFromJsonAsync<JsonElement>($"{Api}/referrals", Ct)).GetProperty("items")[0].Str("misconduct").ShouldBe("承办人员隐瞒事实真相");
        (await app.Client(Jinshui).GetAsync($"{Api}/referrals", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await office.GetStringAsync("/hotline/referrals", Ct)).ShouldContain("承办人员隐瞒事实真相");
        var denied = await app.Client(Jinshui).GetAsync("/hotline/referrals", Ct); // a page refuses by sending the browser to "denied"
        denied.Headers.Location!.ToString().ShouldContain("/account/denied");
        (await office.GetStringAsync("/hotline/interviews", Ct)).ShouldContain("推诿扯皮");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_CRIT_the_page_issues_a_criticism_and_the_unit_records_its_explanation(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.At(2026, 4, 2, 10);
        var form = new Dictionary<string, string>
        {
            ["form.UnitCode"] = "410103", ["form.Ground"] = "NoReply", ["form.Reason"] = "周内两件诉求未按要求回复",
            ["form.Period"] = "Week", ["form.BulletinDate"] = "2026-03-30",
        };
        var office = app.Client(Office);
        (await office.PostFormAsync("/hotline/criticisms", form, "/hotline/criticisms?handler=Criticise")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var erqi = app.Client(Erqi);
        var html = await erqi.GetStringAsync("/hotline/criticisms", Ct);
        html.ShouldContain("周内两件诉求未按要求回复");
        html.ShouldContain("2026年3月30日—4月5日 周综");
        html.ShouldContain("待说明");

        // A district may not criticise, through the page either; nothing is recorded.
        var refused = await erqi.PostFormAsync("/hotline/criticisms", form, "/hotline/criticisms?handler=Criticise");
        refused.Headers.Location!.ToString().ShouldContain("/account/denied");
        var id = (await erqi.GetFromJsonAsync<JsonElement>($"{Api}/criticisms", Ct)).GetProperty("items").EnumerateArray().Single().GetProperty("id").GetInt64();
        var empty = await erqi.PostFormAsync("/hotline/criticisms",
            new Dictionary<string, string> { ["explanation.Id"] = $"{id}", ["explanation.Text"] = "" }, "/hotline/criticisms?handler=Explain");
        (await empty.Content.ReadAsStringAsync(Ct)).ShouldContain("请填写情况说明");
        var explained = await erqi.PostFormAsync("/hotline/criticisms",
            new Dictionary<string, string> { ["explanation.Id"] = $"{id}", ["explanation.Text"] = "已约谈承办人并整改" }, "/hotline/criticisms?handler=Explain");
        explained.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await erqi.GetFromJsonAsync<JsonElement>($"{Api}/criticisms/{id}", Ct)).Str("explanation").ShouldBe("已约谈承办人并整改");
    }
}
