namespace Zhili.WageArrears.Tests;

/// <summary>B-OBJ over National Day 2026: decided within 15 working days of receipt, extendable once by 10; B-FIX on correction.</summary>
public sealed class ObjectionTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    // Received Mon 2026-09-28: 29 #1, 30 #2, 10-01..07 National Day off, 10-08 #3, 10-09 #4, 10-10 Sat make-up #5,
    // 10-12 #6, 13 #7, 14 #8, 15 #9, 16 #10, 19 #11, 20 #12, 21 #13, 22 #14, 10-23 Fri #15 → due 24:00 on 2026-10-23.
    private static readonly DateTime Due = new(2026, 10, 23, 16, 0, 0, DateTimeKind.Utc);

    // Extended by 10 from 10-23: 26 #1, 27 #2, 28 #3, 29 #4, 30 #5, 11-02 #6, 03 #7, 04 #8, 05 #9, 11-06 Fri #10.
    private static readonly DateTime Extended = new(2026, 11, 6, 16, 0, 0, DateTimeKind.Utc);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_OBJ_an_objection_is_due_in_15_working_days_across_National_Day_extended_once_by_10_and_a_correction_applies_at_once(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.MoveTo(new DateOnly(2026, 9, 28));
        var staff = app.Client(Sample.CityStaff);
        var c = await staff.Create(Sample.Case(new DateOnly(2026, 9, 1), 501));
        // Notice Wed 09-02: due 09-09 (03 #1, 04 #2, 07 #3, 08 #4, 09 #5); listed 09-14.
        await staff.ListAsync(c.Id(), new DateOnly(2026, 9, 2), new DateOnly(2026, 9, 14));

        await staff.Send($"{Api.Cases}/{c.Id()}/objections", new { receivedOn = new DateOnly(2026, 9, 28), text = "工资已结清", evidence = "" })
            .Refused("B-OBJ");
        var o = await staff.PostAsJsonAsync($"{Api.Cases}/{c.Id()}/objections",
            new { receivedOn = new DateOnly(2026, 9, 28), text = "公布的欠薪数额与事实不符", evidence = "工资支付凭证 12 份" }, TestContext.Current.CancellationToken).Ok(HttpStatusCode.Created);
        o.GetProperty("due").GetProperty("at").GetDateTime().ShouldBe(Due);
        o.GetProperty("due").Str("rule").ShouldBe("B-OBJ");
        var url = $"/api/v1/blacklist/objections/{o.Id()}";

        app.MoveTo(new DateOnly(2026, 10, 23));
        var extended = await staff.Post($"{url}/extension");
        extended.GetProperty("due").GetProperty("at").GetDateTime().ShouldBe(Extended);
        extended.GetProperty("extended").GetBoolean().ShouldBeTrue();
        await staff.Send($"{url}/extension").Refused("B-OBJ");

        app.MoveTo(Extended);
        (await staff.Get(url)).GetProperty("overdue").GetBoolean().ShouldBeTrue();

        var partner = await app.PartnerAsync();
        var decided = await staff.Post($"{url}/decision", new
        {
            outcome = "Corrected", decidedOn = new DateOnly(2026, 11, 9), reason = "经核实，列入事由应为拒不履行处理决定",
            newDecisionNumber = "郑人社监察决字〔2026〕501-1号", newGrounds = new[] { "Obstruction" },
        });
        decided.Str("outcome").ShouldBe("Corrected");
        var entry = await staff.Get($"{Api.Cases}/{c.Id()}");
        entry.Str("decisionNumber").ShouldBe("郑人社监察决字〔2026〕501-1号");
        entry.Str("fixReason").ShouldBe("经核实，列入事由应为拒不履行处理决定");
        var answer = await partner.Get($"{Partners.Lookup}/{Sample.Code(501)}");
        answer.GetProperty("grounds").EnumerateArray().Single().GetString()!.ShouldContain("拒不履行");
        await staff.Send($"{url}/decision", new { outcome = "Upheld", decidedOn = new DateOnly(2026, 11, 9), reason = "again" }).Refused("B-OBJ");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_OBJ_an_upheld_objection_leaves_the_entry_and_a_revoked_one_removes_it_at_once(TestDatabase database)
    {
        var app = await fixture.App(database);
        var staff = app.Client(Sample.CityStaff);
        var partner = await app.PartnerAsync();
        var c = await staff.Create(Sample.Case(new DateOnly(2025, 3, 3), 502));
        await staff.ListAsync(c.Id(), new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 20));
        var body = new { receivedOn = new DateOnly(2025, 4, 1), text = "异议", evidence = "证据" };
        var first = await staff.PostAsJsonAsync($"{Api.Cases}/{c.Id()}/objections", body, TestContext.Current.CancellationToken).Ok(HttpStatusCode.Created);
        await staff.Post($"/api/v1/blacklist/objections/{first.Id()}/decision", new { outcome = "Upheld", decidedOn = new DateOnly(2025, 4, 10), reason = "证据不足" });
        (await partner.Get($"{Partners.Lookup}/{Sample.Code(502)}")).GetProperty("listed").GetBoolean().ShouldBeTrue();

        var second = await staff.PostAsJsonAsync($"{Api.Cases}/{c.Id()}/objections", body, TestContext.Current.CancellationToken).Ok(HttpStatusCode.Created);
        await staff.Post($"/api/v1/blacklist/objections/{second.Id()}/decision", new { outcome = "Revoked", decidedOn = new DateOnly(2025, 4, 15), reason = "处理决定认定主体错误" });
        (await partner.Get($"{Partners.Lookup}/{Sample.Code(502)}")).GetProperty("listed").GetBoolean().ShouldBeFalse();
        (await staff.Get($"{Api.Cases}/{c.Id()}")).Str("removalReason").ShouldContain("处理决定认定主体错误");
    }
}
