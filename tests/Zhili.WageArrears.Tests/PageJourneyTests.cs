using System.Text.RegularExpressions;

namespace Zhili.WageArrears.Tests;

/// <summary>The staff pages take a case through every step with the same validators and services as the API.</summary>
public sealed partial class PageJourneyTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> StepAsync(HttpClient staff, string url, string handler, Dictionary<string, string> fields, HttpStatusCode expected)
    {
        var response = await staff.PostFormAsync(url, fields, $"{url}?handler={handler}");
        var html = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(expected, html);
        return html;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_LIST_a_case_goes_from_the_new_case_form_through_notice_defence_listing_objection_correction_and_revocation(TestDatabase database)
    {
        var app = await fixture.App(database); // today Tue 2025-06-10
        var staff = app.Client(Sample.CityStaff);
        var form = new Dictionary<string, string>
        {
            ["Input.Employer.Name"] = "郑州宏达建筑劳务有限公司", ["Input.Employer.CreditCode"] = Sample.Code(1501)[..17] + "0",
            ["Input.Employer.RepresentativeName"] = "张建国", ["Input.Employer.RepresentativeId"] = Sample.Id(1501),
            ["Input.Subs[0].Name"] = "李大壮", ["Input.Subs[0].IdNumber"] = Sample.Id(1502),
            ["Input.DecisionNumber"] = "郑人社监察决字〔2025〕1501号", ["Input.DecisionDate"] = "2025-06-03", ["Input.Grounds"] = "Subcontracting",
        };
        if (Sample.Code(1501).EndsWith('0'))
        {
            form["Input.Employer.CreditCode"] = Sample.Code(1501)[..17] + "1";
        }

        // An empty form is shown again with what is missing; it is not run (the filter checks the page's own form).
        var empty = await staff.PostFormAsync("/blacklist/cases/new", new Dictionary<string, string>());
        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        var emptyPage = await empty.Content.ReadAsStringAsync(Ct);
        emptyPage.ShouldContain("请填写行政处理（处罚）决定文号（B-WHY）");
        emptyPage.ShouldContain("请至少选择一项列入事由（第五条）（B-WHY）");

        // The API's validator refuses a wrong check character, named by party and rule.
        var refused = await (await staff.PostFormAsync("/blacklist/cases/new", form)).Content.ReadAsStringAsync(Ct);
        refused.ShouldContain("用人单位：");
        refused.ShouldContain("（K-USCC）");
        form["Input.Employer.CreditCode"] = Sample.Code(1501);
        var created = await staff.PostFormAsync("/blacklist/cases/new", form);
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var url = created.Headers.Location!.ToString();

        // Decided Tue 2025-06-03: 06-04 #1 … 06-30 #19, 07-01 #20 (no holiday) → listing due 24:00 on 2025-07-01.
        var page = await staff.GetStringAsync(url, Ct);
        page.ShouldContain("2025-07-01 24:00</span>（B-LIST");
        page.ShouldContain(Sample.Id(1502)); // staff see the individual subcontractor's identity number
        page.ShouldContain("自然人");

        // Notice received Tue 06-10 with a code: 06-11 #1, 12 #2, 13 #3, 16 #4, 06-17 #5 → the defence and the code end 2025-06-17.
        var notice = await StepAsync(staff, url, "Notice", new() { ["receivedOn"] = "2025-06-10", ["issueCode"] = "true" }, HttpStatusCode.OK);
        IssuedCode().IsMatch(notice).ShouldBeTrue();
        notice.ShouldContain("2025-06-17 24:00");
        (await StepAsync(staff, url, "Listing", new() { ["decidedOn"] = "2025-06-10" }, HttpStatusCode.OK)).ShouldContain("（B-NOTICE）");
        await StepAsync(staff, url, "Defence", new() { ["filedOn"] = "2025-06-11", ["text"] = "已支付部分工资" }, HttpStatusCode.Redirect);
        app.MoveTo(new DateOnly(2025, 6, 12));
        await StepAsync(staff, url, "Listing", new() { ["decidedOn"] = "2025-06-12" }, HttpStatusCode.Redirect);
        page = await staff.GetStringAsync(url, Ct);
        page.ShouldContain("已列入");
        page.ShouldContain("2026-06-12"); // B-TERM: one year

        // B-OBJ through the page: refused without evidence; then received Fri 06-13: 06-16 #1 … 07-03 #14, 07-04 #15.
        var objection = new Dictionary<string, string> { ["objection.ReceivedOn"] = "2025-06-13", ["objection.Text"] = "欠薪数额有误", ["objection.Evidence"] = "" };
        (await StepAsync(staff, url, "Objection", objection, HttpStatusCode.OK)).ShouldContain("异议申请应当提交证据（B-OBJ）");
        objection["objection.Evidence"] = "工资表 3 份";
        await StepAsync(staff, url, "Objection", objection, HttpStatusCode.Redirect);
        page = await staff.GetStringAsync(url, Ct);
        page.ShouldContain("2025-07-04 24:00 <small class=\"rule\"><a href=\"/gazette/rules/B-OBJ\">B-OBJ</a></small>");
        var objectionId = ObjectionId().Match(page).Groups[1].Value;
        await StepAsync(staff, url, "Decide", new()
        {
            ["decision.ObjectionId"] = objectionId, ["decision.Outcome"] = "Upheld", ["decision.DecidedOn"] = "2025-06-20", ["decision.Reason"] = "证据不足",
        }, HttpStatusCode.Redirect);
        (await staff.GetStringAsync(url, Ct)).ShouldContain("维持 2025-06-20 证据不足");

        await StepAsync(staff, url, "Correction", new() { ["correctedOn"] = "2025-06-23" }, HttpStatusCode.Redirect);
        await StepAsync(staff, url, "Fix", new() { ["fix.Revoked"] = "true", ["fix.On"] = "2025-06-25", ["fix.Reason"] = "复议撤销处理决定" }, HttpStatusCode.Redirect);
        page = await staff.GetStringAsync(url, Ct);
        page.ShouldContain("已移出");
        page.ShouldContain("复议撤销处理决定");
        (await (await app.PartnerAsync()).Get($"{Partners.Lookup}/{Sample.Code(1501)}")).GetProperty("listed").GetBoolean().ShouldBeFalse();
    }

    [GeneratedRegex(@"<strong class=""code"">[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}</strong>")]
    private static partial Regex IssuedCode();

    [GeneratedRegex(@"name=""decision.ObjectionId"" value=""(\d+)""")]
    private static partial Regex ObjectionId();
}
