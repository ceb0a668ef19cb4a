namespace Zhili.WageArrears.Tests;

/// <summary>B-NOTICE: the access code lasts exactly as long as the defence window, counted across the 2026 Spring Festival.</summary>
public sealed class DefenceCodeExpiryTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_NOTICE_the_code_expires_with_the_defence_deadline_across_the_Spring_Festival_and_a_new_code_replaces_the_old(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.MoveTo(SelfService.Received);
        var city = app.Client(Sample.CityStaff);
        var codes = new List<string>();
        foreach (var serial in new[] { 1003, 1004 })
        {
            var c = await city.Create(Sample.Case(new DateOnly(2026, 2, 10), serial, $"郑州测试{serial}建筑有限公司"));
            await city.Post($"{Api.Cases}/{c.Id()}/notice", new { receivedOn = SelfService.Received });
            var replaced = (await city.IssueCodeAsync(c.Id(), "Defence")).Str("code");
            codes.Add((await city.IssueCodeAsync(c.Id(), "Defence")).Str("code"));
            await app.Client().Send(SelfService.DefenceUrl, new { accessCode = replaced, creditCode = Sample.Code(serial), text = "申辩" }).Refused("B-NOTICE");
        }

        var anonymous = app.Client();
        app.MoveTo(SelfService.DefenceDue.AddSeconds(-1)); // the last second of 2026-02-26 still counts
        await anonymous.Post(SelfService.DefenceUrl, new { accessCode = codes[0], creditCode = Sample.Code(1003), text = "最后一天提交的申辩" });
        app.MoveTo(SelfService.DefenceDue);
        (await anonymous.Send(SelfService.DefenceUrl, new { accessCode = codes[1], creditCode = Sample.Code(1004), text = "逾期的申辩" }).Refused("B-NOTICE"))
            .Str("detail").ShouldContain("过期");
    }
}
