using static Zhili.Hotline.Tests.Hotline;
using static Zhili.Hotline.Tests.Supervising;

namespace Zhili.Hotline.Tests;

/// <summary>H-FORM-1 电话跟踪: who called, when, whom, what was agreed; recorded by the office only.</summary>
public sealed class PhoneFollowUpTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FORM_1_a_phone_follow_up_records_who_when_whom_and_what_was_agreed(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.At(2026, 3, 2, 10);
        var (_, id) = await app.SupervisedAsync("General");
        app.At(2026, 3, 2, 11, 30);
        var office = app.Client(Office);
        var url = $"{Cases}/{id}/phone-calls";
        object Call(DateTimeOffset? at, string agreed = "三日内清理摊点并电话反馈", string unit = "410103") =>
            new { unitCode = unit, calledAt = at, caller = "王芳", contact = "二七区城管局 张科长", agreed };

        await office.PostRefused(url, Call(Beijing(2026, 3, 2, 12)), "calledAt", "H-FORM-1");  // after now
        await office.PostRefused(url, Call(Beijing(2026, 3, 2, 9)), "calledAt", "H-FORM-1");   // before the supervision
        await office.PostRefused(url, Call(null), "calledAt", "H-FORM-1");
        await office.PostRefused(url, Call(Beijing(2026, 3, 2, 11), agreed: ""), "agreed", "H-FORM-1");
        await office.PostRefused(url, Call(Beijing(2026, 3, 2, 11), unit: "999999"), "unitCode", "K-UNITS");
        (await app.Client(Erqi).StatusOfPost(url, Call(Beijing(2026, 3, 2, 11)))).ShouldBe(HttpStatusCode.Forbidden);

        var recorded = await office.PostOk(url, Call(Beijing(2026, 3, 2, 11)));
        var call = recorded.GetProperty("phoneFollowUps").EnumerateArray().ShouldHaveSingleItem();
        call.Utc("calledAt").ShouldBe(new DateTime(2026, 3, 2, 3, 0, 0, DateTimeKind.Utc));
        (call.Str("caller"), call.Str("unitCode"), call.Str("contact"), call.Str("agreed"))
            .ShouldBe(("王芳", "410103", "二七区城管局 张科长", "三日内清理摊点并电话反馈"));
        call.Utc("recordedAt").ShouldBe(new DateTime(2026, 3, 2, 3, 30, 0, DateTimeKind.Utc));
        call.Str("recordedBy").ShouldBe("office.test");

        // The unit called reads the record; another district does not see the case at all.
        (await app.Client(Erqi).GetCaseAsync(id)).GetProperty("phoneFollowUps").GetArrayLength().ShouldBe(1);
        (await app.Client(Jinshui).GetAsync($"{Cases}/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
