using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>
/// The citizen's side: the front door at /hotline without sign-in, and the status page with what the citizen is owed —
/// the reply, the extension notice and the callback, each with its time, masked (K-MASK), in Chinese and in English.
/// </summary>
public sealed class CitizenTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    private const string Api = "/api/v1/hotline/appeals";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_the_citizens_front_door_lists_no_appeal_and_staff_keep_their_desk(TestDatabase database)
    {
        var app = await fixture.App(database);
        var number = (await app.Client(Office).PostOk(Api, NewAppeal())).Str("trackingNumber")!;

        var door = await app.Client().GetAsync("/hotline/citizens", Ct);
        door.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await door.Content.ReadAsStringAsync(Ct);
        page.ShouldContain("href=\"/hotline/submit\"");
        page.ShouldContain("action=\"/hotline/status\"");
        page.ShouldContain("反映诉求");
        page.ShouldContain("查询进度");
        page.ShouldNotContain(number); // no appeal is listed to the public
        page.ShouldNotContain("诉求列表");

        var desk = await app.Client(Office).GetStringAsync("/hotline", Ct);
        desk.ShouldContain(number);
        desk.ShouldNotContain("我要反映诉求");

        var home = await app.Client().GetStringAsync("/", Ct);
        home.ShouldContain("href=\"/hotline/submit\"");
        home.ShouldContain("href=\"/hotline/status\"");
        home.ShouldContain("href=\"/blacklist\"");
        home.ShouldContain("href=\"/gazette\"");
        home.ShouldContain("href=\"/roads\""); // the road chief system's public boards
        foreach (var missing in new[] { "停车管理", "养老服务", "校园安全", "href=\"/admin\"", "href=\"/audit\"" })
        {
            home.ShouldNotContain(missing); // only systems that exist, and none a citizen may not open
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_hotline_without_a_staff_role_opens_the_front_door_not_the_sign_in_and_staff_keep_their_scoped_list(TestDatabase database)
    {
        var app = await fixture.App(database);
        var jinshui = await app.ReceiveAsync();
        await app.AssignAsync(jinshui, "410105");
        var erqi = await app.ReceiveAsync();
        await app.AssignAsync(erqi, "410103");

        // A citizen, and a signed-in person without a hotline role (an administrator of accounts): the front door.
        foreach (var visitor in new[] { app.Client(), app.Client("t.admin;admin;410100") })
        {
            var door = await visitor.GetAsync("/hotline", Ct);
            door.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            door.Headers.Location!.OriginalString.ShouldBe("/hotline/citizens");
            var page = await visitor.GetAsync(door.Headers.Location.OriginalString, Ct);
            page.StatusCode.ShouldBe(HttpStatusCode.OK);
            var html = await page.Content.ReadAsStringAsync(Ct);
            html.ShouldContain("反映诉求");
            html.ShouldContain("查询进度");
            html.ShouldContain("href=\"/hotline/submit\"");
            html.ShouldNotContain("type=\"password\"");
            html.ShouldNotContain("action=\"/account/sign-in");
            html.ShouldNotContain($"/hotline/appeals/{erqi}\"");
        }

        // Staff get their list at /hotline, still limited to their own scope (the door keeps a signed-in person's scope).
        var district = await app.Client(Erqi).GetAsync("/hotline", Ct);
        district.StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = await district.Content.ReadAsStringAsync(Ct);
        list.ShouldContain($"/hotline/appeals/{erqi}\"");
        list.ShouldNotContain($"/hotline/appeals/{jinshui}\"");
        list.ShouldNotContain("我要反映诉求");
        var office = await app.Client(Office).GetStringAsync("/hotline", Ct);
        office.ShouldContain($"/hotline/appeals/{jinshui}\"");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_EXT_K_MASK_the_status_shows_the_reply_the_extension_notice_and_the_callback_with_their_times(TestDatabase database)
    {
        var app = await fixture.App(database);
        var number = await FollowedToCallbackAsync(app);

        var status = await app.Client().GetFromJsonAsync<JsonElement>($"/api/v1/hotline/public/appeals/{number}", Ct);
        var reply = status.Str("reply")!;
        reply.ShouldContain("路灯已于 3 月 2 日修复");
        reply.ShouldNotContain("欧阳明华"); // K-MASK: the caller's name in the reply is masked
        reply.ShouldNotContain("0371-67181234");
        var notice = status.GetProperty("notices")[0];
        notice.GetProperty("at").GetDateTime().ToUniversalTime().ShouldBe(new DateTime(2026, 2, 14, 8, 0, 0, DateTimeKind.Utc));
        notice.GetProperty("extended").GetBoolean().ShouldBeTrue();
        notice.GetProperty("newDeadline").GetDateTime().ToUniversalTime().ShouldBe(EndOf(2026, 3, 2));
        notice.Str("text")!.ShouldContain("办理期限延长 3 个工作日");
        notice.Str("text")!.ShouldNotContain("13903710002");
        status.GetProperty("callback").Str("satisfaction").ShouldBe("满意");
        status.GetProperty("callback").GetProperty("at").GetDateTime().ToUniversalTime().ShouldBe(new DateTime(2026, 3, 3, 2, 0, 0, DateTimeKind.Utc));

        var page = await app.Client().GetStringAsync($"/hotline/status?number={number}", Ct);
        page.ShouldContain("路灯已于 3 月 2 日修复");
        page.ShouldContain("2026-03-02 15:00"); // the reply's time
        page.ShouldContain("2026-02-14 16:00"); // the notice's time
        page.ShouldContain("办理期限延长至 2026-03-02 24:00");
        page.ShouldContain("2026-03-03 10:00"); // the callback's time
        page.ShouldContain("满意");
        page.ShouldNotContain("13903710002");
        page.ShouldNotContain("欧阳明华");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_the_status_page_in_English_names_type_state_and_history_in_English(TestDatabase database)
    {
        var app = await fixture.App(database);
        var number = await FollowedToCallbackAsync(app);

        var page = await app.Client().GetStringAsync($"/hotline/status?number={number}&culture=en", Ct);
        foreach (var english in new[] { "Complaint", "Replied", "Received", "Assigned to a handling unit", "Deadline extended",
                     "The handling unit replied", "Called back", "Reply of the handling unit", "Deadline extended to 2026-03-02 24:00", "Satisfied" })
        {
            page.ShouldContain(english);
        }

        foreach (var chinese in new[] { "投诉", "已答复", "已受理", "已交办承办单位", "办理期限已延长", "承办单位已答复", "已回访", "received", "extension-approved" })
        {
            page.ShouldNotContain(">" + chinese, Case.Sensitive); // neither untranslated Chinese nor internal event names
            page.ShouldNotContain(" " + chinese + "<", Case.Sensitive);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_TZ_every_hotline_page_shows_the_deadline_as_its_day_at_24_00_never_the_next_days_midnight(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.At(2026, 2, 12, 10);
        var id = await app.ReceiveAsync();
        var number = (await app.Client(Office).GetAsync(id)).Str("trackingNumber")!;
        (await app.AssignAsync(id, "410103")).Deadline().ShouldBe(EndOf(2026, 2, 26)); // stored as 2026-02-27 00:00 Shanghai

        foreach (var (client, url) in new[] { (app.Client(Office), $"/hotline/appeals/{id}"), (app.Client(Office), "/hotline"),
                     (app.Client(Erqi), $"/hotline/appeals/{id}"), (app.Client(), $"/hotline/status?number={number}") })
        {
            var page = await client.GetStringAsync(url, Ct);
            page.ShouldContain("2026-02-26 24:00", customMessage: url);
            page.ShouldNotContain("2026-02-27 00:00", customMessage: url);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_CITE_public_messages_give_the_reason_without_rule_ids_and_staff_see_them_as_links(TestDatabase database)
    {
        var app = await fixture.App(database);
        var bad = new
        {
            callerName = "欧阳明华", callerPhone = "1390371", confidential = false, type = "Complaint", categoryCode = "11020",
            address = "二七区大学路", description = "路灯不亮",
        };
        var refused = await app.Client().PostAsJsonAsync("/api/v1/hotline/public/appeals", bad, Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await refused.ReadJsonAsync();
        problem.Str("detail")!.ShouldContain("联系电话应为 11 位手机号码");
        problem.Str("detail")!.ShouldContain("分类代码应为 6 位数字");
        problem.Str("detail")!.ShouldNotContain("H-FLOW");
        problem.GetProperty("violations")[0].Str("rule").ShouldBe("H-FLOW"); // the field for programs stays

        var unknown = await app.Client().PostAsJsonAsync("/api/v1/hotline/public/appeals", bad with { callerPhone = "13903710002", categoryCode = "999999" }, Ct);
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.ReadJsonAsync()).Str("detail")!.ShouldNotMatch(@".*\b[A-Z]-[A-Z0-9-]+\b.*");

        // The same refusal to staff names the rule.
        var staff = await app.Client(Office).PostAsJsonAsync(Api, new { channel = "Phone", callerName = "张卫东", callerPhone = "1380371", confidential = false,
            type = "Complaint", urgent = false, categoryCode = "110101", address = "二七区大学路", description = "占道经营" }, Ct);
        (await staff.ReadJsonAsync()).Str("detail")!.ShouldContain("(H-FLOW)");

        var page = await (await app.Client().PostFormAsync("/hotline/submit", new Dictionary<string, string>
        {
            ["Input.CallerName"] = "欧阳明华", ["Input.CallerPhone"] = "139", ["Input.Type"] = "Complaint", ["Input.CategoryCode"] = "110202",
            ["Input.Address"] = "二七区大学路", ["Input.Description"] = "路灯不亮",
        })).Content.ReadAsStringAsync(Ct);
        page.ShouldContain("联系电话应为 11 位手机号码");
        page.ShouldNotContain("H-FLOW");

        app.At(2026, 2, 12, 10);
        var id = await app.ReceiveAsync();
        await app.AssignAsync(id, "410103");
        var appealPage = await app.Client(Erqi).GetStringAsync($"/hotline/appeals/{id}", Ct);
        appealPage.ShouldContain("<a href=\"/gazette/rules/H-SLA\">H-SLA</a>");
    }

    /// <summary>
    /// A citizen's appeal taken to its callback: assigned to 二七区 on 02-12 (due 02-25), extended on 02-14 by 3 working
    /// days (due 03-02) with the citizen told, replied on 03-02, called back on 03-03. Notice and reply name the caller.
    /// </summary>
    private static async Task<string> FollowedToCallbackAsync(ZhiliFactory app)
    {
        app.At(2026, 2, 12, 10);
        var submitted = await app.Client().PostOk("/api/v1/hotline/public/appeals", new
        {
            callerName = "欧阳明华", callerPhone = "13903710002", confidential = false, type = "Complaint", categoryCode = "110202",
            address = "二七区大学路", description = "路口三盏路灯连续一周不亮。",
        });
        var number = submitted.Str("trackingNumber")!;
        var id = (await app.Client(Office).GetFromJsonAsync<JsonElement>($"{Api}?q={number}", Ct)).GetProperty("items")[0].Id();
        await app.AssignAsync(id, "410103");
        app.At(2026, 2, 14, 16);
        var x = (await app.Client(Erqi).PostOk($"{Api}/{id}/extensions", new { reason = "需更换线缆", workingDays = 3 })).GetProperty("extensions")[0].Id();
        await app.Client(Office).PostOk($"{Api}/{id}/extensions/{x}/approve",
            new { workingDays = 3, citizenNotice = "已电话告知欧阳明华（13903710002）：办理期限延长 3 个工作日。" });
        app.At(2026, 3, 2, 15);
        await app.Client(Erqi).PostOk($"{Api}/{id}/reply", new { text = "欧阳明华您好：路灯已于 3 月 2 日修复。如有问题请联系 0371-67181234。" });
        app.At(2026, 3, 3, 10);
        await app.Client(Office).PostOk($"{Api}/{id}/callback", new { satisfaction = "Satisfied" });
        return number;
    }
}
