using static Zhili.Hotline.Tests.Hotline;
using static Zhili.Hotline.Tests.IntakeKit;

namespace Zhili.Hotline.Tests;

/// <summary>H-FLOW duplicates: suggestions at intake (window 7 days, distance 200 m by default) and follower links.</summary>
public sealed class DuplicateTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    private static Dictionary<string, object?> Call(string phone, string category = "110101", string address = "二七区大学路与陇海路交叉口",
        double? lat = 34.7247, double? lon = 113.6505, string type = "Complaint") =>
        NewAppeal(type, phone: phone).With(("categoryCode", category), ("address", address), ("latitude", lat), ("longitude", lon));

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_duplicate_same_phone_within_the_window_is_suggested_and_intake_still_succeeds(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        app.At(2025, 6, 10, 10);
        var first = (await office.PostOk(Appeals, Call("13903710021", "120101", "中原区建设路", null, null))).Id();
        // The window is 7 × 24 hours: from 06-10 10:00 it ends 06-17 10:00.
        app.At(2025, 6, 17, 9, 59);
        var inside = await office.PostOk(Appeals, Call("13903710021"));
        inside.Str("state").ShouldBe("Received");
        inside.Suggested().ShouldBe([first]);
        inside.Suggestion(first).GetProperty("reasons").Items().Select(r => r.GetString()).ShouldBe(["SamePhone"]);
        inside.Suggestion(first).Str("trackingNumber").ShouldStartWith("HL");
        app.At(2025, 6, 17, 10, 1);
        var outside = await office.PostOk(Appeals, Call("13903710021", "150101", "郑东新区龙子湖", null, null));
        outside.Suggested().ShouldBe([inside.Id()]);

        // A landline is the same number with or without the dash after its area code.
        var landline = (await office.PostOk(Appeals, Call("037167180003", "150101", "惠济区", null, null))).Id();
        (await office.PostOk(Appeals, Call("0371-67180003", "120201", "上街区", null, null))).Suggested().ShouldBe([landline]);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_duplicate_same_category_nearby_or_at_the_same_address_is_suggested(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        var a = (await office.PostOk(Appeals, Call("13903710031"))).Id();
        // 0.0009° of latitude ≈ 100 m north: within 200 m, same category.
        var near = await office.PostOk(Appeals, Call("13903710032", address: "二七区大学路88号", lat: 34.7256));
        near.Suggested().ShouldBe([a]);
        near.Suggestion(a).GetProperty("reasons").Items().Select(r => r.GetString()).ShouldBe(["Nearby"]);
        near.Suggestion(a).GetProperty("distanceMeters").GetInt32().ShouldBe(100);
        // 0.0036° ≈ 400 m from A and 300 m from the second: too far from both.
        (await office.PostOk(Appeals, Call("13903710033", address: "二七区大学路266号", lat: 34.7283))).Suggested().ShouldBeEmpty();
        // The same spot and address but another category (垃圾清运): not the same matter.
        (await office.PostOk(Appeals, Call("13903710034", category: "110102"))).Suggested().ShouldBeEmpty();
        // No coordinates, the same address written another way: the same normalised address.
        var spelled = await office.PostOk(Appeals, Call("13903710035", address: "郑州市 二七区 大学路与陇海路交叉口。", lat: null, lon: null));
        spelled.Suggested().ShouldBe([a]);
        spelled.Suggestion(a).GetProperty("reasons").Items().Select(r => r.GetString()).ShouldBe(["SameAddress"]);

        // A closed appeal is not suggested.
        await office.PostOk($"{Appeals}/{a}/close", new { reason = "Resolved" });
        (await office.PostOk(Appeals, Call("13903710036", lat: null, lon: null))).Suggested().ShouldBe([spelled.Id()]);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_duplicate_distance_east_and_west_is_shortened_by_the_latitude_and_the_read_and_its_reasons_agree(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        var a = (await office.PostOk(Appeals, Call("13903710061"))).Id();
        // At 34.7247° N a degree of longitude is 111,195 m × cos 34.7247° ≈ 91,391 m: 0.00208° ≈ 190 m, 0.0023° ≈ 210 m.
        var inside = await office.PostOk(Appeals, Call("13903710062", address: "二七区陇海路66号", lon: 113.65258));
        inside.Suggested().ShouldBe([a]);
        inside.Suggestion(a).GetProperty("reasons").Items().Select(r => r.GetString()).ShouldBe(["Nearby"]);
        inside.Suggestion(a).GetProperty("distanceMeters").GetInt32().ShouldBe(190);
        // 210 m east of A (20 m from the second): only the second is near.
        var outside = await office.PostOk(Appeals, Call("13903710063", address: "二七区陇海路88号", lon: 113.6528));
        outside.Suggested().ShouldBe([inside.Id()]);
        // 210 m east again, but at A's address: suggested for the address alone, with its distance shown.
        var sameAddress = await office.PostOk(Appeals, Call("13903710064", lon: 113.6528));
        sameAddress.Suggestion(a).GetProperty("reasons").Items().Select(r => r.GetString()).ShouldBe(["SameAddress"]);
        sameAddress.Suggestion(a).GetProperty("distanceMeters").GetInt32().ShouldBe(210);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_duplicate_follower_follows_the_primary_and_closes_with_it_as_duplicate(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        var primary = await office.PostOk(Appeals, Call("13903710041"));
        var follower = await office.PostOk(Appeals, Call("13903710041"));
        follower.Suggested().ShouldBe([primary.Id()]);

        var linked = await office.PostOk($"{Appeals}/{follower.Id()}/link", new { primaryId = primary.Id() });
        linked.GetProperty("primaryAppealId").GetInt64().ShouldBe(primary.Id());
        linked.Str("trackingNumber").ShouldBe(follower.Str("trackingNumber"));
        linked.GetProperty("events").Items().Last().Str("text")!.ShouldContain(primary.Str("trackingNumber")!);
        await office.PostRefused($"{Appeals}/{follower.Id()}/assign", new { unitCode = "410103" }, "primaryAppealId", "H-FLOW");
        await office.PostRefused($"{Appeals}/{follower.Id()}/close", new { reason = "Resolved" }, "primaryAppealId", "H-FLOW");
        var advice = await office.GetFromJsonAsync<JsonElement>($"{Appeals}/{primary.Id()}/intake", Ct);
        advice.GetProperty("followers").Items().Select(e => e.Id()).ShouldBe([follower.Id()]);
        advice.Suggested().ShouldBeEmpty(); // a follower is no longer a suggestion
        (await office.GetFromJsonAsync<JsonElement>($"{Appeals}/{follower.Id()}/intake", Ct)).GetProperty("primary").Id().ShouldBe(primary.Id());

        await app.AssignAsync(primary.Id(), "410103");
        await app.Client(Erqi).PostOk($"{Appeals}/{primary.Id()}/reply", new { text = "已清理占道摊点" });
        await office.PostOk($"{Appeals}/{primary.Id()}/callback", new { satisfaction = "Satisfied" });
        (await office.PostOk($"{Appeals}/{primary.Id()}/close", new { reason = "Resolved" })).Str("closureReason").ShouldBe("Resolved");

        var closed = await office.GetAsync(follower.Id());
        closed.Str("state").ShouldBe("Closed");
        closed.Str("closureReason").ShouldBe("Duplicate");
        closed.GetProperty("events").Items().Last().Str("text")!.ShouldContain($"随主诉求 {primary.Str("trackingNumber")} 办结");
        var status = await app.Client().GetFromJsonAsync<JsonElement>($"/api/v1/hotline/public/appeals/{follower.Str("trackingNumber")}", Ct);
        status.Str("closure").ShouldBe("重复诉求");
        status.GetProperty("steps").Items().Select(s => s.Str("title")).ShouldContain("已与同一事项的诉求合并办理");
        await office.PostRefused($"{Appeals}/{follower.Id()}/unlink", new { }, "state", "H-FLOW");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_duplicate_links_never_chain_or_reach_closed_appeals_and_unlink_restores_own_handling(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        var a = await app.ReceiveAsync(Call("13903710051"));
        var b = await app.ReceiveAsync(Call("13903710052"));
        var c = await app.ReceiveAsync(Call("13903710053"));
        await office.PostRefused($"{Appeals}/{a}/link", new { primaryId = a }, "primaryId", "H-FLOW");
        await office.PostRefused($"{Appeals}/{a}/link", new { primaryId = 999999 }, "primaryId", "H-FLOW");
        await office.PostOk($"{Appeals}/{b}/link", new { primaryId = a });
        await office.PostRefused($"{Appeals}/{c}/link", new { primaryId = b }, "primaryId", "H-FLOW"); // b follows a
        await office.PostRefused($"{Appeals}/{a}/link", new { primaryId = c }, "primaryId", "H-FLOW"); // a leads b
        await office.PostRefused($"{Appeals}/{b}/link", new { primaryId = c }, "primaryAppealId", "H-FLOW");
        (await app.Client(Erqi).PostStatus($"{Appeals}/{b}/unlink", new { })).ShouldBe(HttpStatusCode.Forbidden);

        var unlinked = await office.PostOk($"{Appeals}/{b}/unlink", new { });
        unlinked.Str("primaryAppealId").ShouldBeNull();
        unlinked.Str("state").ShouldBe("Received");
        (await app.AssignAsync(b, "410103")).Str("state").ShouldBe("Assigned");
        await office.PostOk($"{Appeals}/{c}/close", new { reason = "Duplicate" });
        await office.PostRefused($"{Appeals}/{a}/link", new { primaryId = c }, "state", "H-FLOW");
        (await office.GetFromJsonAsync<JsonElement>($"{Appeals}/{a}/intake", Ct)).GetProperty("followers").GetArrayLength().ShouldBe(0);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_duplicate_suggestions_show_on_the_appeal_page_and_link_from_it(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        var primary = await office.PostOk(Appeals, Call("13903710061"));
        var follower = await office.PostOk(Appeals, Call("13903710061"));
        var url = $"/hotline/appeals/{follower.Id()}";
        var page = await office.GetStringAsync(url, Ct);
        page.ShouldContain("可能重复的诉求");
        page.ShouldContain(primary.Str("trackingNumber")!);
        page.ShouldContain("同一来电号码");

        var posted = await office.PostFormAsync(url, new Dictionary<string, string> { ["primaryId"] = primary.Id().ToString(System.Globalization.CultureInfo.InvariantCulture) },
            $"{url}?handler=Link");
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await office.GetAsync(follower.Id())).GetProperty("primaryAppealId").GetInt64().ShouldBe(primary.Id());
        var linkedPage = await office.GetStringAsync(url, Ct);
        linkedPage.ShouldContain("该诉求为重复诉求，随主诉求办理");
        linkedPage.ShouldContain("取消重复诉求关联");
        (await office.GetStringAsync($"/hotline/appeals/{primary.Id()}", Ct)).ShouldContain(follower.Str("trackingNumber")!);
        (await office.GetStringAsync($"/hotline/appeals/{primary.Id()}", Ct)).ShouldContain("随本诉求办理的重复诉求");
    }
}
