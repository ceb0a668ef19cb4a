
namespace Zhili.WageArrears.Tests;

/// <summary>B-OBJ self-service: an objection with evidence through the public form, decided within 15 working days (National Day 2026).</summary>
public sealed class ObjectionOnlineTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_OBJ_the_employer_objects_online_with_evidence_and_the_decision_is_due_in_15_working_days_across_National_Day(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.MoveTo(new DateOnly(2026, 9, 28));
        var city = app.Client(Sample.CityStaff);
        var c = await city.Create(Sample.Case(new DateOnly(2026, 9, 1), 1005));
        // Notice Wed 09-02: defence due 09-09 (03 #1, 04 #2, 07 #3, 08 #4, 09 #5); listed 09-14 → expires 2027-09-14.
        await city.ListAsync(c.Id(), new DateOnly(2026, 9, 2), new DateOnly(2026, 9, 14));
        var issued = await city.IssueCodeAsync(c.Id(), "Objection");
        issued.GetProperty("expiresAt").GetDateTime().ShouldBe(new DateTime(2027, 9, 14, 16, 0, 0, DateTimeKind.Utc));

        var anonymous = app.Client();
        var form = new Dictionary<string, string>
        {
            ["Input.AccessCode"] = issued.Str("code"), ["Input.CreditCode"] = Sample.Code(1005),
            ["Input.Text"] = "公布的列入事由与事实不符", ["Input.Evidence"] = "",
        };
        // B-OBJ: without evidence nothing is filed and the code stays unused.
        var refused = await (await anonymous.PostFormAsync("/blacklist/objection", form)).Content.ReadAsStringAsync(Ct);
        refused.ShouldContain("异议申请应当提交证据");
        refused.ShouldNotContain("（B-OBJ）"); // rule ids are for staff; the public are told the reason


        // Received Mon 2026-09-28: 29 #1, 30 #2, 10-01..07 National Day off, 10-08 #3, 10-09 #4, 10-10 Sat make-up #5,
        // 12 #6, 13 #7, 14 #8, 15 #9, 16 #10, 19 #11, 20 #12, 21 #13, 22 #14, 10-23 Fri #15 → due 24:00 on 2026-10-23.
        form["Input.Evidence"] = "工资支付银行流水 12 份";
        form["Input.Text"] = "公布的列入事由与事实不符，联系人李经理 13812345678";
        var filed = await anonymous.PostFormAsync("/blacklist/objection", form);
        filed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var receipt = await filed.Content.ReadAsStringAsync(Ct);
        receipt.ShouldContain("将于 2026-10-23 24:00 前作出处理决定");
        receipt.ShouldShowNoPersonalNumbers("/blacklist/objection (receipt)"); // K-MASK: the answer echoes nothing personal
        await anonymous.Send(SelfService.ObjectionUrl, new { accessCode = issued.Str("code"), creditCode = Sample.Code(1005), text = "再次异议", evidence = "无" })
            .Refused("B-OBJ");

        var page = await city.GetStringAsync($"/blacklist/cases/{c.Id()}", Ct);
        page.ShouldContain("工资支付银行流水 12 份");
        page.ShouldContain("用人单位在线提交");
        page.ShouldContain("2026-10-23 24:00 <small class=\"rule\"><a href=\"/gazette/rules/B-OBJ\">B-OBJ</a></small>");
        (await app.InboxAsync(Sample.CityStaff)).ShouldContain(("收到在线异议申请：郑州宏达建筑劳务有限公司", "B-OBJ", $"/blacklist/cases/{c.Id()}"));
        (await city.GetStringAsync("/blacklist/due", Ct)).ShouldContain("2026-10-23 24:00 <small class=\"rule\"><a href=\"/gazette/rules/B-OBJ\">B-OBJ</a></small>");
    }
}
