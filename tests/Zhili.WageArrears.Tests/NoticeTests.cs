namespace Zhili.WageArrears.Tests;

/// <summary>B-NOTICE over the 2026 Spring Festival: the defence window of 5 working days from receipt (K-WD-2).</summary>
public sealed class NoticeTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    // Received Thu 2026-02-12: 02-13 Fri #1, 02-14 Sat make-up #2, 02-15..23 Spring Festival off, 02-24 Tue #3,
    // 02-25 #4, 02-26 Thu #5 → due at 24:00 Beijing time on 2026-02-26 = 16:00 UTC.
    private static readonly DateOnly Received = new(2026, 2, 12);
    private static readonly DateTime Due = new(2026, 2, 26, 16, 0, 0, DateTimeKind.Utc);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_NOTICE_defence_is_due_5_working_days_after_receipt_across_the_Spring_Festival_and_silence_waives_it(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.MoveTo(Received);
        var staff = app.Client(Sample.CityStaff);
        var filed = await staff.Create(Sample.Case(new DateOnly(2026, 2, 10), 201));
        var silent = await staff.Create(Sample.Case(new DateOnly(2026, 2, 10), 202, "郑州鼎盛装饰工程有限公司"));

        filed.Str("defenceState").ShouldBe("NoNotice");
        // B-NOTICE: no listing before the written notice.
        await staff.Send($"{Api.Cases}/{filed.Id()}/listing", new { decidedOn = Received }).Refused("B-NOTICE");

        var served = await staff.Post($"{Api.Cases}/{filed.Id()}/notice", new { receivedOn = Received });
        served.GetProperty("defenceDue").GetProperty("at").GetDateTime().ShouldBe(Due);
        served.GetProperty("defenceDue").Str("rule").ShouldBe("B-NOTICE");
        served.Str("defenceState").ShouldBe("Open");
        await staff.Post($"{Api.Cases}/{silent.Id()}/notice", new { receivedOn = Received });

        // The last day counts: a defence on 2026-02-26 is in time.
        var defended = await staff.Post($"{Api.Cases}/{filed.Id()}/defence", new { filedOn = new DateOnly(2026, 2, 26), text = "已于 2 月 20 日前支付部分工资" });
        defended.Str("defenceState").ShouldBe("Filed");

        // The silent employer: open until 24:00 on 02-26, listing refused while open; waived from then on.
        app.MoveTo(Due.AddSeconds(-1));
        (await staff.Get($"{Api.Cases}/{silent.Id()}")).Str("defenceState").ShouldBe("Open");
        await staff.Send($"{Api.Cases}/{silent.Id()}/listing", new { decidedOn = new DateOnly(2026, 2, 26) }).Refused("B-NOTICE");
        app.MoveTo(Due);
        (await staff.Get($"{Api.Cases}/{silent.Id()}")).Str("defenceState").ShouldBe("Waived");
        await staff.Send($"{Api.Cases}/{silent.Id()}/defence", new { filedOn = new DateOnly(2026, 2, 27), text = "迟到的申辩" }).Refused("B-NOTICE");
        (await staff.Post($"{Api.Cases}/{silent.Id()}/listing", new { decidedOn = new DateOnly(2026, 2, 27) })).Str("listingState").ShouldBe("Listed");
    }
}
