using static Zhili.Hotline.Tests.Hotline;
using static Zhili.Hotline.Tests.Supervising;

namespace Zhili.Hotline.Tests;

/// <summary>H-FORM-2 书面督办: numbered notices per year, due dates from the calendar, the first responsible person.</summary>
public sealed class NoticeTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FORM_2_notices_are_numbered_per_year_and_name_the_leader_the_level_requires(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        app.At(2025, 12, 30, 10);
        var (_, id) = await app.SupervisedAsync("Special");
        var (_, general) = await app.SupervisedAsync("General", "410105");
        app.At(2025, 12, 30, 10, 30);
        await office.PostRefused($"{Cases}/{general}/notices", Notice("410105"), "level", "H-FORM-2");
        await office.PostRefused($"{Cases}/{id}/notices", Notice("410105"), "unitCode", "H-FORM-2");
        await office.PostRefused($"{Cases}/{id}/notices", Notice(workingDays: 0), "workingDays", "H-FORM-2");
        await office.PostRefused($"{Cases}/{id}/notices", Notice(person: ""), "responsiblePerson", "H-FORM-2");
        (await app.Client(Erqi).StatusOfPost($"{Cases}/{id}/notices", Notice())).ShouldBe(HttpStatusCode.Forbidden);

        var first = (await office.PostOk($"{Cases}/{id}/notices", Notice(workingDays: 5))).GetProperty("notices")[0];
        first.Str("number").ShouldBe("郑12345督〔2025〕1号");
        (first.Str("kind"), first.Str("title"), first.Str("responsiblePost"), first.Str("responsiblePerson"))
            .ShouldBe(("Special", "专项督办通知", "LeaderInCharge", "李明"));
        // From 12-30: 12-31 #1, 01-01..03 off (元旦), 01-04 Sun make-up #2, 01-05 #3, 01-06 #4, 01-07 Wed #5
        first.Utc("dueAt").ShouldBe(EndOf(2026, 1, 7));
        first.Str("dueRule").ShouldBe("H-FORM-2");
        first.Str("issuingOffice").ShouldBe("郑州市人民政府市长电话室");
        first.Str("summary")!.ShouldContain("二七区大学路与陇海路交叉口");

        app.At(2026, 1, 5, 9); // a new year, a new sequence
        var second = (await office.PostOk($"{Cases}/{id}/notices", Notice(workingDays: 3))).GetProperty("notices")[1];
        second.Str("number").ShouldBe("郑12345督〔2026〕1号");
        second.Utc("dueAt").ShouldBe(EndOf(2026, 1, 8)); // 01-06 #1, 01-07 #2, 01-08 #3

        app.At(2026, 1, 6, 9);
        await office.PostOk($"{Cases}/{id}/escalate", new { level = "Key", reason = "专项督办效果不佳" });
        var key = (await office.PostOk($"{Cases}/{id}/notices", Notice(person: "王强"))).GetProperty("notices")[2];
        (key.Str("number"), key.Str("kind"), key.Str("title"), key.Str("responsiblePost"))
            .ShouldBe(("郑12345督〔2026〕2号", "Key", "重点督办通知", "PrincipalLeader"));
        key.Utc("dueAt").ShouldBe(EndOf(2026, 1, 13)); // 01-07 #1, 01-08 #2, 01-09 #3, 01-12 Mon #4, 01-13 #5
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FORM_2_the_reply_needs_the_sign_off_and_the_seal_and_a_late_one_is_flagged(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        var erqi = app.Client(Erqi);
        app.At(2026, 2, 12, 10);
        var (_, id) = await app.SupervisedAsync("Special");
        // 02-13 Fri #1, 02-14 Sat make-up #2, 02-15..23 off (春节), 02-24 Tue #3
        var a = (await office.PostOk($"{Cases}/{id}/notices", Notice(workingDays: 3))).GetProperty("notices")[0];
        a.Utc("dueAt").ShouldBe(EndOf(2026, 2, 24));
        app.At(2026, 2, 12, 10, 5);
        var b = (await office.PostOk($"{Cases}/{id}/notices", Notice(workingDays: 1))).GetProperty("notices")[1];
        b.Utc("dueAt").ShouldBe(EndOf(2026, 2, 13)); // 02-13 #1

        app.At(2026, 2, 14, 10); // the make-up Saturday
        var replyA = $"{Cases}/{id}/notices/{a.Id()}/reply";
        object Reply(string signedBy = "李明", bool sealedByUnit = true) => new { text = "已联合执法清理摊点", signedBy, @sealed = sealedByUnit };
        var wrongSigner = await erqi.PostRefused(replyA, Reply(signedBy: "张三"), "signedBy", "H-FORM-2");
        wrongSigner.GetProperty("violations")[0].GetProperty("reason").GetString()!.ShouldContain("分管领导李明");
        await erqi.PostRefused(replyA, Reply(sealedByUnit: false), "sealed", "H-FORM-2");
        await erqi.PostRefused(replyA, new { text = "", signedBy = "李明", @sealed = true }, "text", "H-FORM-2");
        (await office.StatusOfPost(replyA, Reply())).ShouldBe(HttpStatusCode.Forbidden);
        (await app.Client(Jinshui).StatusOfPost(replyA, Reply())).ShouldBe(HttpStatusCode.NotFound);

        var replied = await erqi.PostOk(replyA, Reply());
        var onTime = replied.GetProperty("notices")[0];
        (onTime.Str("signedBy"), onTime.GetProperty("sealed").GetBoolean(), onTime.GetProperty("repliedLate").GetBoolean()).ShouldBe(("李明", true, false));
        onTime.Utc("repliedAt").ShouldBe(new DateTime(2026, 2, 14, 2, 0, 0, DateTimeKind.Utc));
        var waiting = replied.GetProperty("notices")[1];
        (waiting.GetProperty("overdue").GetBoolean(), waiting.Str("repliedLate")).ShouldBe((true, null));
        await erqi.PostRefused(replyA, Reply(), "notice", "H-FORM-2");

        app.At(2026, 2, 24, 9); // after 02-13 24:00: accepted, and flagged
        var late = (await erqi.PostOk($"{Cases}/{id}/notices/{b.Id()}/reply", Reply())).GetProperty("notices")[1];
        (late.GetProperty("repliedLate").GetBoolean(), late.GetProperty("overdue").GetBoolean()).ShouldBe((true, false));
        var row = (await office.GetFromJsonAsync<JsonElement>(Cases, Ct)).GetProperty("items")[0];
        (row.Str("latestNotice"), row.GetProperty("latestNoticeRepliedLate").GetBoolean()).ShouldBe(("郑12345督〔2026〕2号", true));
    }
}
