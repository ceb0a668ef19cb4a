using static Zhili.Hotline.Tests.Hotline;
using static Zhili.Hotline.Tests.Streets;

namespace Zhili.Hotline.Tests;

/// <summary>H-FLOW 二级转办: office → district → street → street reply → district review → office, and the ways back up.</summary>
public sealed class StreetTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_street_round_trip_office_district_street_district_office_to_closure(TestDatabase database)
    {
        var app = await fixture.App(database);
        await app.AddStreetsAsync();
        var id = await app.AssignedToErqiAsync();

        var passed = await app.PassDownAsync(id);
        passed.Str("streetCode").ShouldBe(Erqi1);
        passed.Str("unitCode").ShouldBe("410103");
        var stage = passed.OnlyStage();
        (stage.Str("state"), stage.Str("districtCode")).ShouldBe(("Handling", "410103"));
        stage.GetProperty("deadlineAt").GetDateTime().ToUniversalTime().ShouldBe(EndOf(2025, 6, 13));
        // The district waits for its street: it neither replies to the office nor returns meanwhile.
        await app.Client(Erqi).PostRefused($"{Api}/{id}/reply", new { text = "区级直接答复" }, "streetCode", "H-FLOW");
        // Nor does it answer in the street's name.
        await app.Client(Erqi).PostRefused($"{Api}/{id}/street/reply", new { text = "代街道答复" }, "unitCode", "H-FLOW");

        var street = app.Client(Street1);
        var list = await street.GetFromJsonAsync<JsonElement>(Api, Ct);
        list.GetProperty("items").EnumerateArray().Select(r => r.Id()).ShouldBe([id]);
        // The street answers the district only: the appeal stays in hand for the office until the district has reviewed.
        var replied = await street.PostOk($"{Api}/{id}/street/reply", new { text = "已联系城管中队清理摊贩" });
        replied.Str("state").ShouldBe("Assigned");
        replied.OnlyStage().Str("state").ShouldBe("Replied");
        (await app.Client(Office).GetAsync(id)).Str("reply").ShouldBeNull();

        var reviewed = await app.Client(Erqi).PostOk($"{Api}/{id}/street/review", new { accept = true, text = "经街道核实，摊贩已清理，区城管局加强巡查" });
        reviewed.Str("state").ShouldBe("Replied");
        reviewed.Str("reply").ShouldBe("经街道核实，摊贩已清理，区城管局加强巡查");
        reviewed.OnlyStage().Str("state").ShouldBe("Accepted");

        await app.Client(Office).PostOk($"{Api}/{id}/callback", new { satisfaction = "Satisfied" });
        var closed = await app.Client(Office).PostOk($"{Api}/{id}/close", new { reason = "Resolved", note = "街道办结" });
        closed.Str("state").ShouldBe("Closed");
        closed.Kinds().Where(k => k!.StartsWith("street-", StringComparison.Ordinal) || k is "replied" or "callback" or "closed")
            .ShouldBe(["street-assigned", "street-replied", "street-accepted", "replied", "callback", "closed"]);
        // The street still reads the appeal it handled; the citizen's status page never shows the street's internal steps.
        (await street.GetAsync($"{Api}/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var number = closed.Str("trackingNumber");
        var status = await app.Client().GetStringAsync($"/api/v1/hotline/public/appeals/{number}", Ct);
        status.ShouldNotContain("已联系城管中队");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_SLA_a_street_deadline_beyond_the_districts_is_refused_and_changes_nothing(TestDatabase database)
    {
        var app = await fixture.App(database);
        await app.AddStreetsAsync();
        var id = await app.AssignedToErqiAsync();
        var before = await app.Client(Erqi).GetAsync(id);
        before.Deadline().ShouldBe(EndOf(2025, 6, 17));

        var refused = await app.Client(Erqi).PostRefused($"{Api}/{id}/street",
            new { streetCode = Erqi1, deadlineOn = "2025-06-18" }, "deadlineOn", "H-SLA");
        refused.GetProperty("violations")[0].Str("reason")!.ShouldContain("2025-06-17 24:00");
        await app.Client(Erqi).PostRefused($"{Api}/{id}/street", new { streetCode = Erqi1, deadlineOn = "2025-06-09" }, "deadlineOn", "H-SLA");
        await app.Client(Erqi).PostRefused($"{Api}/{id}/street", new { streetCode = Erqi1 }, "deadlineOn", "H-SLA");
        // Only a street of the appeal's own district.
        await app.Client(Erqi).PostRefused($"{Api}/{id}/street", new { streetCode = Jinshui1, deadlineOn = "2025-06-13" }, "streetCode", "K-UNITS");
        await app.Client(Erqi).PostRefused($"{Api}/{id}/street", new { streetCode = "410103", deadlineOn = "2025-06-13" }, "streetCode", "K-UNITS");

        var after = await app.Client(Erqi).GetAsync(id);
        after.GetProperty("version").GetInt32().ShouldBe(before.GetProperty("version").GetInt32());
        after.GetProperty("streetStages").GetArrayLength().ShouldBe(0);
        after.Str("streetCode").ShouldBeNull();
        // On the district's own last day the street has the district's deadline itself.
        (await app.PassDownAsync(id, deadlineOn: "2025-06-17")).OnlyStage().GetProperty("deadlineAt").GetDateTime().ToUniversalTime()
            .ShouldBe(EndOf(2025, 6, 17));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_a_street_cannot_see_or_act_on_another_streets_appeal(TestDatabase database)
    {
        var app = await fixture.App(database);
        await app.AddStreetsAsync();
        var id = await app.AssignedToErqiAsync();
        await app.PassDownAsync(id, Erqi1);

        foreach (var other in new[] { Street2, JinshuiStreet })
        {
            var client = app.Client(other);
            (await client.GetAsync($"{Api}/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound, other);
            (await client.GetAsync($"/hotline/appeals/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound, other);
            (await client.PostAsJsonAsync($"{Api}/{id}/street/reply", new { text = "越权答复" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.PostAsJsonAsync($"{Api}/{id}/street/return", new { reason = "越权回退" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.GetFromJsonAsync<JsonElement>(Api, Ct)).GetProperty("items").GetArrayLength().ShouldBe(0);
        }

        // The street of the appeal reads it, but makes no district move: neither passing down nor the district's reply.
        var street = app.Client(Street1);
        (await street.GetAsync($"/hotline/appeals/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await street.PostRefused($"{Api}/{id}/reply", new { text = "直接答复市长电话室" }, "unitCode", "H-FLOW");
        await street.PostRefused($"{Api}/{id}/street/review", new { accept = true, text = "自审" }, "unitCode", "H-FLOW");
        // The other district sees nothing of 二七区's street stage either.
        (await app.Client(Jinshui).GetAsync($"{Api}/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var stage = (await app.Client(Erqi).GetAsync(id)).OnlyStage();
        stage.Str("state").ShouldBe("Handling");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_a_return_from_the_street_goes_to_the_district_not_the_office(TestDatabase database)
    {
        var app = await fixture.App(database);
        await app.AddStreetsAsync();
        var id = await app.AssignedToErqiAsync();
        await app.PassDownAsync(id, Erqi1);

        var returned = await app.Client(Street1).PostOk($"{Api}/{id}/street/return", new { reason = "不在本街道辖区" });
        // Still in the district's hands: the office sees no return, the district may pass it to another street.
        (returned.Str("state"), returned.Str("unitCode"), returned.GetProperty("returnCount").GetInt32()).ShouldBe(("Assigned", "410103", 0));
        returned.OnlyStage().Str("state").ShouldBe("Returned");
        var offices = await app.Client(Office).GetFromJsonAsync<JsonElement>($"{Api}?state=Returned", Ct);
        offices.GetProperty("items").GetArrayLength().ShouldBe(0);
        returned.Kinds().ShouldContain("street-returned");
        returned.Kinds().ShouldNotContain("returned");

        var again = await app.PassDownAsync(id, Erqi2, "2025-06-16");
        again.Str("streetCode").ShouldBe(Erqi2);
        (await app.Client(Street1).GetAsync($"{Api}/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The second street returns too; the district returns it to the office in its turn (the same way up).
        await app.Client(Street2).PostOk($"{Api}/{id}/street/return", new { reason = "属市直部门职责" });
        var up = await app.Client(Erqi).PostOk($"{Api}/{id}/return", new { reason = "属市城管局职责" });
        (up.Str("state"), up.GetProperty("returnCount").GetInt32()).ShouldBe(("Returned", 1));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_the_district_sends_a_reply_back_and_the_offices_reassignment_withdraws_the_street(TestDatabase database)
    {
        var app = await fixture.App(database);
        await app.AddStreetsAsync();
        var id = await app.AssignedToErqiAsync();
        await app.PassDownAsync(id, Erqi1);
        await app.Client(Street1).PostOk($"{Api}/{id}/street/reply", new { text = "已处理" });

        var back = await app.Client(Erqi).PostOk($"{Api}/{id}/street/review", new { accept = false, text = "答复过于简略，请写明处理结果" });
        (back.OnlyStage().Str("state"), back.OnlyStage().GetProperty("sentBackCount").GetInt32()).ShouldBe(("Handling", 1));
        await app.Client(Erqi).PostRefused($"{Api}/{id}/street/review", new { accept = true, text = "通过" }, "streetState", "H-FLOW");

        var moved = await app.Client(Office).PostOk($"{Api}/{id}/reassign", new { unitCode = "410105", coUnitCodes = Array.Empty<string>() });
        (moved.Str("unitCode"), moved.Str("streetCode"), moved.OnlyStage().Str("state")).ShouldBe(("410105", null, "Withdrawn"));
        (await app.Client(Street1).GetAsync($"{Api}/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await app.Client(Street1).PostAsJsonAsync($"{Api}/{id}/street/reply", new { text = "迟到的答复" }, Ct);
        (await app.Client(Office).GetAsync(id)).Kinds().Count(k => k == "street-replied").ShouldBe(1);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_two_district_users_racing_to_pass_one_appeal_down_give_one_success_and_conflicts(TestDatabase database)
    {
        var app = await fixture.App(database);
        await app.AddStreetsAsync();
        var id = await app.AssignedToErqiAsync();

        var answers = await app.RaceAsync(Erqi, (c, i) =>
            c.PostAsJsonAsync($"{Api}/{id}/street", new { streetCode = i % 2 == 0 ? Erqi1 : Erqi2, deadlineOn = "2025-06-13" }, Ct));

        answers.Count(a => a.Won).ShouldBe(1, string.Join('\n', answers));
        answers.Where(a => !a.Won).ShouldAllBe(a => a.ToldWhy("H-FLOW"));
        answers.ShouldContain(a => a.IsConflict, string.Join('\n', answers));
        var appeal = await app.Client(Office).GetAsync(id);
        appeal.GetProperty("streetStages").GetArrayLength().ShouldBe(1);
        appeal.Kinds().Count(k => k == "street-assigned").ShouldBe(1);
        appeal.Str("streetCode").ShouldBe(appeal.OnlyStage().Str("unitCode"));
    }
}
