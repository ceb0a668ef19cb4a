using static Zhili.Hotline.Tests.Hotline;
using static Zhili.Hotline.Tests.Open311.Open311Partners;

namespace Zhili.Hotline.Tests.Open311;

/// <summary>GeoReport v2 POST Service Request: form fields and attributes into an appeal, refusals, and the partner key.</summary>
public sealed class Open311PostTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    private const string Photo = "https://img.example.cn/reports/lamp-0610.jpg";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_a_request_posted_through_Open311_is_an_appeal_of_channel_Open311(TestDatabase database)
    {
        var app = await fixture.App(database);
        var key = await app.IssueKeyAsync();
        foreach (var format in Open311Client.Formats)
        {
            var form = Form("110202",
                ("first_name", "建国"), ("last_name", "李"), ("phone", "+86 139 0371 0002"), ("email", "lijianguo@example.cn"),
                ("media_url", Photo), ("attribute[TYPE]", "complaint"), ("attribute[CONFIDENTIAL]", "false"),
                ("attribute[PERIOD][]", "night"), ("attribute[PERIOD][]", "evening"), ("device_id", "tt222111"));
            var answer = (await app.Open311(format).PostAsync("requests", form, key)).Ok();
            var created = answer.Items.ShouldHaveSingleItem();
            created.Str("token").ShouldBeNull(); // realtime: the id, never both
            // H-SLA: a complaint is due 5 working days after assignment.
            created.Str("service_notice").ShouldBe("投诉类诉求：交办承办单位后 5 个工作日内办理答复（H-SLA）");
            var number = created.Str("service_request_id")!;
            number.ShouldStartWith("HL250610"); // HL + the Beijing date + 8 random characters

            var appeal = await app.AppealAsync(number);
            appeal.Str("channel").ShouldBe("Open311");
            appeal.Str("callerName").ShouldBe("李建国"); // family name first
            appeal.Str("callerPhone").ShouldBe("13903710002");
            appeal.Str("type").ShouldBe("Complaint"); // the answer, not the category's default (Help)
            appeal.Str("confidential").ShouldBe("False");
            appeal.Str("categoryCode").ShouldBe("110202");
            appeal.Str("address").ShouldBe("中原区建设路桐柏路口");
            appeal.GetProperty("latitude").GetDouble().ShouldBe(34.7466);
            appeal.Str("description").ShouldBe($"路口三盏路灯连续一周不亮，夜间过马路很危险。\n【发生时段】夜间（22–6 时）、晚上（18–22 时）\n【附件】{Photo}");
            appeal.GetProperty("events")[0].Str("actor").ShouldBe($"partner:{Partner}");
            appeal.ToString().ShouldNotContain("lijianguo"); // email is not kept
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Open311_a_post_with_coordinates_alone_or_an_address_alone_is_taken_with_the_category_defaults(TestDatabase database)
    {
        var app = await fixture.App(database);
        var key = await app.IssueKeyAsync();
        var byPoint = await app.AppealAsync(await app.PostRequestAsync(key, Form("110101", ("address_string", null), ("description", null))));
        byPoint.Str("address").ShouldBe("经纬度 34.746600, 113.625300");
        byPoint.Str("description").ShouldBe("占道经营（经 Open311 提交，未附文字描述）");
        byPoint.Str("type").ShouldBe("Complaint"); // 110101's default
        byPoint.Str("callerName").ShouldBe("");
        byPoint.Str("urgent").ShouldBe("False");

        var byAddress = await app.AppealAsync(await app.PostRequestAsync(key,
            Form("110202", ("lat", null), ("long", null), ("attribute[URGENT]", "true"), ("attribute[CONFIDENTIAL]", "true"))));
        byAddress.Str("latitude").ShouldBeNull();
        byAddress.Str("urgent").ShouldBe("True");
        byAddress.Str("confidential").ShouldBe("True");
        byAddress.Str("type").ShouldBe("Help");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Open311_a_post_without_a_location_or_with_bad_fields_is_400_and_changes_nothing(TestDatabase database)
    {
        var app = await fixture.App(database);
        var key = await app.IssueKeyAsync();
        foreach (var format in Open311Client.Formats)
        {
            var client = app.Open311(format);
            async Task<string> Refused(params (string, string?)[] changes) =>
                (await client.PostAsync("requests", Form("110202", changes), key)).Error(HttpStatusCode.BadRequest);

            (await Refused(("lat", null), ("long", null), ("address_string", null))).ShouldBe("location: 请提供位置：lat 和 long，或 address_string (H-FLOW)");
            (await Refused(("lat", null), ("long", null), ("address_string", null), ("address_id", "545483"))).ShouldContain("address_id");
            (await Refused(("long", null))).ShouldContain("lat 和 long 须同时提供");
            (await Refused(("lat", "34,7466"))).ShouldContain("lat 应为 WGS84 纬度数值");
            (await Refused(("lat", "134.7"))).ShouldContain("lat 应在 -90 到 90 之间");
            (await Refused(("phone", "请打我手机"))).ShouldContain("phone: phone 应为电话号码");
            (await Refused(("service_code", null))).ShouldStartWith("service_code:");
            (await Refused(("attribute[TYPE]", "gossip"))).ShouldContain("attribute[TYPE]: “gossip”不是 TYPE 的可选值");
            (await Refused(("attribute[TYPE][]", "help"), ("attribute[TYPE][]", "report"))).ShouldContain("TYPE 只能选一个值");
            (await Refused(("attribute[COLOUR]", "red"))).ShouldContain("没有代码为 COLOUR 的属性");
            (await Refused(("media_url", "ftp://x.cn/a.jpg"))).ShouldContain("media_url");
            (await Refused(("description", new string('路', 4001)))).ShouldContain("description 不能超过 4000 字");
            // Two faults at once: both are reported, as the spec's array allows.
            (await client.PostAsync("requests", Form("110202", ("lat", null), ("phone", "1")), key)).Error(HttpStatusCode.BadRequest).Split(" | ").Length.ShouldBe(2);

            (await client.PostAsync("requests", Form("999999"), key)).Error(HttpStatusCode.NotFound).ShouldContain("service_code 999999 不存在");
            (await client.PostAsync("requests", Form("110200"), key)).Error(HttpStatusCode.NotFound).ShouldContain("110200");
        }

        (await app.AppealCountAsync()).ShouldBe(0);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Open311_posting_needs_a_partner_key_with_the_open311_post_scope_else_403(TestDatabase database)
    {
        var app = await fixture.App(database);
        var key = await app.IssueKeyAsync();
        var otherScope = await app.IssueKeyAsync("blacklist.lookup");
        foreach (var format in Open311Client.Formats)
        {
            var client = app.Open311(format);
            (await client.PostAsync("requests", Form())).Error(HttpStatusCode.Forbidden).ShouldContain("api_key");
            (await client.PostAsync("requests", Form(), key[..^1] + (key[^1] == 'a' ? 'b' : 'a'))).Error(HttpStatusCode.Forbidden).ShouldContain("无效");
            (await client.PostAsync("requests", Form(), otherScope)).Error(HttpStatusCode.Forbidden).ShouldContain("open311.post");
            // A signed-in person is no partner system.
            (await new Open311Client(app.Client(Office), format).PostAsync("requests", Form())).Error(HttpStatusCode.Forbidden);
        }

        (await app.AppealCountAsync()).ShouldBe(0);
        // The key is also taken from the query string and from the X-Api-Key header.
        (await app.Client().PostAsync($"/open311/v2/requests.json?api_key={key}", new FormUrlEncodedContent(Form()), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Client().WithKeyHeader(key).PostAsync("/open311/v2/requests.xml", new FormUrlEncodedContent(Form()), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.AppealCountAsync()).ShouldBe(2);
    }
}
