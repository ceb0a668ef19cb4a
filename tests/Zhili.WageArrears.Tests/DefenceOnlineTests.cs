using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.WageArrears.Data;

namespace Zhili.WageArrears.Tests;

/// <summary>B-NOTICE self-service: the employer files its defence with the one-time code printed on the notice (Spring Festival 2026).</summary>
public sealed class DefenceOnlineTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_NOTICE_the_employer_files_its_defence_online_once_with_the_code_printed_on_the_notice(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.MoveTo(SelfService.Received);
        var city = app.Client(Sample.CityStaff);
        var c = await city.Create(Sample.Case(new DateOnly(2026, 2, 10), 1001));
        var id = c.Id();
        // No code before the notice's receipt is recorded: its deadline is not known yet.
        await city.Send($"{Api.Cases}/{id}/access-codes", new { purpose = "Defence" }).Refused("B-NOTICE");
        await city.Post($"{Api.Cases}/{id}/notice", new { receivedOn = SelfService.Received });
        var issued = await city.IssueCodeAsync(id, "Defence");
        var code = issued.Str("code");
        SelfService.CodeShape().IsMatch(code).ShouldBeTrue(code);
        issued.GetProperty("expiresAt").GetDateTime().ShouldBe(SelfService.DefenceDue);

        // Only the SHA-256 of the code is stored.
        using (var scope = app.Services.CreateScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<WageArrearsDbContext>().AccessCodes.IgnoreQueryFilters().SingleAsync(a => a.CaseId == id, Ct);
            stored.Hash.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(code.Replace("-", "", StringComparison.Ordinal)))));
        }

        var anonymous = app.Client();
        var text = "已于 2 月 11 日支付全部拖欠工资，请求不予列入";
        // A wrong credit code and a wrong code get the same answer, so neither can be probed.
        var wrongEmployer = await anonymous.Send(SelfService.DefenceUrl, new { accessCode = code, creditCode = Sample.Code(1002), text }).Refused("B-NOTICE");
        var wrongCode = await anonymous.Send(SelfService.DefenceUrl, new { accessCode = "2345-6789-ABCD", creditCode = Sample.Code(1001), text }).Refused("B-NOTICE");
        wrongEmployer.Str("detail").ShouldBe(wrongCode.Str("detail"));
        await anonymous.Send(SelfService.DefenceUrl, new { accessCode = "12", creditCode = Sample.Code(1001), text }).Refused("B-NOTICE");

        var receipt = await anonymous.Post(SelfService.DefenceUrl, new { accessCode = code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal), creditCode = Sample.Code(1001), text });
        (receipt.Str("employer"), receipt.Str("receivedOn")).ShouldBe(("郑州宏达建筑劳务有限公司", "2026-02-12"));
        (await anonymous.Send(SelfService.DefenceUrl, new { accessCode = code, creditCode = Sample.Code(1001), text = "再次提交" }).Refused("B-NOTICE"))
            .Str("detail").ShouldContain("已使用");

        var after = await city.Get($"{Api.Cases}/{id}");
        (after.Str("defenceState"), after.Str("defence"), after.GetProperty("defenceFiledOnline").GetBoolean()).ShouldBe(("Filed", text, true));
        (await app.InboxAsync(Sample.CityStaff)).ShouldContain(("收到在线陈述申辩：郑州宏达建筑劳务有限公司", "B-NOTICE", $"/blacklist/cases/{id}"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_OBJ_no_objection_code_before_the_listing_and_a_defence_code_does_not_open_the_objection_form(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.MoveTo(SelfService.Received);
        var city = app.Client(Sample.CityStaff);
        var c = await city.Create(Sample.Case(new DateOnly(2026, 2, 10), 1006));
        await city.Send($"{Api.Cases}/{c.Id()}/access-codes", new { purpose = "Objection" }).Refused("B-OBJ");
        await city.Post($"{Api.Cases}/{c.Id()}/notice", new { receivedOn = SelfService.Received });
        var code = (await city.IssueCodeAsync(c.Id(), "Defence")).Str("code");
        await app.Client().Send(SelfService.ObjectionUrl, new { accessCode = code, creditCode = Sample.Code(1006), text = "异议", evidence = "证据" }).Refused("B-OBJ");
    }
}
