using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>H-FLOW: intake, categories, 回退 and 改派, illegal moves, callback, reopen and closure.</summary>
public sealed class FlowTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    private const string Api = "/api/v1/hotline/appeals";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_categories_form_a_three_level_tree_with_default_units(TestDatabase database)
    {
        var app = await fixture.App(database);
        var tree = await app.Client().GetFromJsonAsync<JsonElement>("/api/v1/hotline/categories", Ct);
        var all = tree.EnumerateArray().ToList();
        all.Select(c => c.GetProperty("level").GetInt32()).Distinct().Order().ShouldBe([1, 2, 3]);
        var leaf = all.Single(c => c.GetProperty("code").GetString() == "110101");
        leaf.Str("name").ShouldBe("占道经营");
        leaf.Str("parentCode").ShouldBe("110100");
        leaf.Str("defaultUnitCode").ShouldBe("410100-CGJ");
        leaf.Str("defaultType").ShouldBe("Complaint");
        all.Where(c => c.GetProperty("level").GetInt32() == 3).ShouldAllBe(c => c.Str("defaultUnitCode") != null);
        all.Where(c => c.GetProperty("level").GetInt32() > 1)
            .ShouldAllBe(c => all.Any(p => p.Str("code") == c.Str("parentCode")));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_intake_validates_the_caller_and_the_category(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        await office.PostRefused(Api, NewAppeal(phone: "12345"), "callerPhone", "H-FLOW");
        await office.PostRefused(Api, With(NewAppeal(), "categoryCode", "110100"), "categoryCode", "H-FLOW");
        (await app.Client(Erqi).PostAsJsonAsync(Api, NewAppeal(), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Client().PostAsJsonAsync(Api, NewAppeal(), Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var created = await office.PostOk(Api, NewAppeal(phone: "0371-67180003"));
        created.Str("state").ShouldBe("Received");
        created.Str("trackingNumber")!.ShouldStartWith("HL");
        created.Str("unitCode").ShouldBe("410100-SZDHS");
        created.GetProperty("events")[0].Str("kind").ShouldBe("received");
    }

    private static Dictionary<string, object?> With(object body, string key, object? value)
    {
        var d = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(body))!;
        d[key] = value;
        return d;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_a_confidential_caller_is_hidden_from_the_handling_unit(TestDatabase database)
    {
        var app = await fixture.App(database);
        var id = await app.ReceiveAsync(NewAppeal(confidential: true));
        await app.AssignAsync(id, "410103");
        var seen = await app.Client(Erqi).GetAsync(id);
        seen.Str("callerName").ShouldBeNull();
        seen.Str("callerPhone").ShouldBeNull();
        seen.ToString().ShouldNotContain("13803710001");
        seen.ToString().ShouldNotContain("张卫东");
        var reply = await app.Client(Erqi).PostOk($"{Api}/{id}/notes", new { text = "已联系城管中队" });
        reply.Str("callerName").ShouldBeNull();
        (await app.Client(Office).GetAsync(id)).Str("callerName").ShouldBe("张卫东");
        var page = await app.Client(Erqi).GetStringAsync($"/hotline/appeals/{id}", Ct);
        page.ShouldNotContain("13803710001");
        page.ShouldNotContain("张卫东");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_a_return_after_two_working_days_is_refused(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.At(2026, 2, 12, 10);
        var late = await app.ReceiveAsync();
        var id = await app.ReceiveAsync();
        await app.AssignAsync(late, "410103");
        await app.AssignAsync(id, "410103");
        // Window: 02-13 Fri #1, 02-14 Sat make-up #2 → ends 02-14 24:00.
        app.At(2026, 2, 14, 23, 50); // the make-up Saturday, just in time
        var returned = await app.Client(Erqi).PostOk($"{Api}/{id}/return", new { reason = "地址在金水区辖区" });
        app.At(2026, 2, 15, 9); // Sunday of the festival: too late
        await app.Client(Erqi).PostRefused($"{Api}/{late}/return", new { reason = "不属于本区" }, "returnedAt", "H-FLOW");
        returned.Str("state").ShouldBe("Returned");
        returned.GetProperty("returnCount").GetInt32().ShouldBe(1);
        await app.Client(Office).PostRefused($"{Api}/{id}/assign", new { unitCode = "410105" }, "state", "H-FLOW");
        await app.Client(Office).PostRefused($"{Api}/{id}/reassign", new { unitCode = "999999" }, "unitCode", "K-UNITS");
        var reassigned = await app.Client(Office).PostOk($"{Api}/{id}/reassign", new { unitCode = "410105", coUnitCodes = new[] { "410100-CGJ" } });
        reassigned.GetProperty("reassignCount").GetInt32().ShouldBe(1);
        // From 02-15: 02-16..23 off, 02-24 #1, 02-25 #2, 02-26 #3, 02-27 #4, 02-28 Sat make-up #5
        reassigned.Deadline().ShouldBe(EndOf(2026, 2, 28));
        reassigned.GetProperty("coUnitCodes")[0].GetString().ShouldBe("410100-CGJ");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_illegal_moves_are_refused_with_the_reason(TestDatabase database)
    {
        var app = await fixture.App(database);
        var id = await app.ReceiveAsync();
        var office = app.Client(Office);
        await office.PostRefused($"{Api}/{id}/reply", new { text = "答复" }, "state", "H-FLOW");
        await office.PostRefused($"{Api}/{id}/callback", new { satisfaction = "Satisfied" }, "state", "H-FLOW");
        await app.AssignAsync(id, "410103");
        var erqi = app.Client(Erqi);
        await erqi.PostOk($"{Api}/{id}/reply", new { text = "已清理占道摊点" });
        await office.PostRefused($"{Api}/{id}/close", new { reason = "Resolved" }, "callbackAt", "H-FLOW");
        await office.PostOk($"{Api}/{id}/callback", new { satisfaction = "Satisfied" });
        await office.PostRefused($"{Api}/{id}/reopen", new { reason = "复核" }, "satisfaction", "H-FLOW");
        await office.PostRefused($"{Api}/{id}/close", new { reason = 9 }, "reason", "H-FLOW");
        (await erqi.PostAsJsonAsync($"{Api}/{id}/close", new { reason = "Resolved" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var closed = await office.PostOk($"{Api}/{id}/close", new { reason = "Resolved" });
        closed.Str("closureReason").ShouldBe("Resolved");
        await erqi.PostRefused($"{Api}/{id}/notes", new { text = "补充" }, "state", "H-FLOW");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_reopen_only_once_and_closure_reasons_stay_distinct(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        var id = await app.ReceiveAsync();
        await app.AssignAsync(id, "410103");
        var erqi = app.Client(Erqi);
        await erqi.PostOk($"{Api}/{id}/reply", new { text = "已处理" });
        await office.PostOk($"{Api}/{id}/callback", new { satisfaction = "Unsatisfied" });
        (await office.PostOk($"{Api}/{id}/reopen", new { reason = "摊贩仍在" })).GetProperty("reopenCount").GetInt32().ShouldBe(1);
        await erqi.PostOk($"{Api}/{id}/reply", new { text = "已联合执法" });
        await office.PostOk($"{Api}/{id}/callback", new { satisfaction = "Unsatisfied" });
        await office.PostRefused($"{Api}/{id}/reopen", new { reason = "仍不满意" }, "reopenCount", "H-FLOW");
        var closed = await office.PostOk($"{Api}/{id}/close", new { reason = "Explained", note = "已解释执法时限" });
        closed.Str("closureReason").ShouldBe("Explained");
        closed.Str("satisfaction").ShouldBe("Unsatisfied");

        // A duplicate closed at first contact, never assigned.
        var duplicate = await app.ReceiveAsync();
        (await office.PostOk($"{Api}/{duplicate}/close", new { reason = "Duplicate", note = "同一来电人重复反映" })).Str("closureReason").ShouldBe("Duplicate");
    }
}
