using System.Text.Json.Nodes;
using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests.Open311;

/// <summary>How GET answers tell an appeal's progress (H-FLOW, H-SLA) without its caller (K-MASK).</summary>
public sealed class Open311StatusTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    private static async Task<long> IdOf(ZhiliFactory app, string number) => (await app.AppealAsync(number)).GetProperty("id").GetInt64();

    private static async Task<JsonNode> ReadAsync(ZhiliFactory app, string format, string number) =>
        (await app.Open311(format).GetAsync($"requests/{number}")).Ok().Items.Single();

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_an_open_request_names_its_unit_and_deadline_and_a_closed_one_says_how_it_ended(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        var number = await Open311RequestTests.ReceiveAsync(app, "110101");
        var id = await IdOf(app, number);
        await app.AssignAsync(id, "410102"); // Tuesday 10 June 2025, 10:00
        app.At(2025, 6, 12, 9);
        await app.Client(Zhongyuan).PostOk($"/api/v1/hotline/appeals/{id}/reply", new { text = "已清理占道摊点。" });
        foreach (var format in Open311Client.Formats)
        {
            var replied = await ReadAsync(app, format, number);
            replied.Str("status").ShouldBe("open");
            replied.Str("status_notes").ShouldBe("承办单位已答复，等待回访");
            replied.Str("agency_responsible").ShouldBe("中原区");
            // H-SLA, Help 3 working days from Tue 10 June: 11, 12, 13 June → 24:00 Friday 13 June, Beijing.
            replied.Time("expected_datetime").ShouldBe(EndOf(2025, 6, 13));
            replied.Time("updated_datetime").ShouldBe(new DateTime(2025, 6, 12, 1, 0, 0, DateTimeKind.Utc));
            replied.ToJsonString().ShouldNotContain("已清理占道摊点"); // the reply text is not published
        }

        app.At(2025, 6, 13, 11);
        await office.PostOk($"/api/v1/hotline/appeals/{id}/callback", new { satisfaction = "Satisfied" });
        await office.PostOk($"/api/v1/hotline/appeals/{id}/close", new { reason = "Resolved" });
        var ended = new Dictionary<string, string> { [number] = "已办结：问题已解决" };
        foreach (var (reason, notes) in new[]
        {
            ("Explained", "已办结：已向诉求人解释说明，问题未能解决"),
            ("NotOurResponsibility", "已办结：不属于受理范围或职责范围，未予办理"),
            ("Duplicate", "已办结：与已受理的诉求重复，按原诉求办理"),
        })
        {
            var other = await Open311RequestTests.ReceiveAsync(app, "110101");
            await office.PostOk($"/api/v1/hotline/appeals/{await IdOf(app, other)}/close", new { reason, note = "来电时已说明" });
            ended[other] = notes;
        }

        foreach (var format in Open311Client.Formats)
        {
            foreach (var (closed, notes) in ended)
            {
                var request = await ReadAsync(app, format, closed);
                request.Str("status").ShouldBe("closed");
                request.Str("status_notes").ShouldBe(notes);
                request.Time("updated_datetime").ShouldBe(new DateTime(2025, 6, 13, 3, 0, 0, DateTimeKind.Utc)); // the closure
            }
        }

        // "closed" never pretends to be "fixed": only the resolved one says so.
        ended.Values.Count(n => n.Contains("已解决", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_MASK_GET_answers_carry_no_caller_data_and_a_confidential_appeal_only_its_progress(TestDatabase database)
    {
        var app = await fixture.App(database);
        var open = await Open311RequestTests.ReceiveAsync(app, "110101",
            description: "我是张卫东，电话13803710001，身份证410102199001011234；摊主电话13912345678。");
        var secret = await Open311RequestTests.ReceiveAsync(app, "120101", confidential: true, description: "包工头拖欠工资两万余元。");
        var key = await app.IssueKeyAsync();
        var posted = await app.PostRequestAsync(key, Open311Partners.Form("110202",
            ("first_name", "秀英"), ("last_name", "王"), ("phone", "15803710004"), ("email", "wxy@example.cn")));
        foreach (var format in Open311Client.Formats)
        {
            var list = await app.Open311(format).GetAsync("requests");
            list.Ok().Items.Select(r => r.Str("service_request_id")).ShouldBe([posted, secret, open], ignoreOrder: true);
            var texts = new[] { list.Text, (await app.Open311(format).GetAsync($"requests/{posted}")).Text };
            foreach (var personal in new[] { "张卫东", "13803710001", "410102199001011234", "13912345678", "王秀英", "秀英", "15803710004", "wxy@example.cn" })
            {
                texts.ShouldAllBe(t => !t.Contains(personal, StringComparison.Ordinal), personal);
            }

            var masked = list.Items.Single(r => r.Str("service_request_id") == open);
            masked.Str("description").ShouldBe("我是张**，电话138****0001，身份证410102********1234；摊主电话139****5678。");
            var hidden = list.Items.Single(r => r.Str("service_request_id") == secret);
            hidden.Str("status").ShouldBe("open");
            hidden.Str("service_code").ShouldBe("120101");
            hidden.Str("description").ShouldBeNull();
            hidden.Str("address").ShouldBeNull();
            hidden.Str("lat").ShouldBeNull();
            list.Text.ShouldNotContain("拖欠工资两万");
        }
    }
}
