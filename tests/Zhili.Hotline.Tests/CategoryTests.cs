using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.Hotline.Data;
using Zhili.Hotline.Domain;
using static Zhili.Hotline.Tests.Hotline;
using static Zhili.Hotline.Tests.IntakeKit;

namespace Zhili.Hotline.Tests;

/// <summary>H-FLOW, H-SLA: the office edits the category tree; a retired category stays for history and takes no new appeals.</summary>
public sealed class CategoryTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_intake_judges_a_category_changed_on_another_node_by_the_database(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        // Another node adds a leaf: this node has not heard of it, reads the tree again, and takes the appeal.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
            db.Categories.Add(new Category { Code = "110104", Name = "违规户外广告", Level = 3, ParentCode = "110100" });
            await db.SaveChangesAsync(Ct);
        }

        await office.PostOk(Appeals, NewAppeal().With(("categoryCode", "110104")));

        // Another node retires it: this node still holds it as in use, and the writer's check in the saving
        // transaction refuses the appeal; nothing of it is stored.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
            await db.Categories.Where(c => c.Code == "110104").ExecuteUpdateAsync(u => u.SetProperty(c => c.RetiredAt, DateTime.UtcNow), Ct);
            await office.PostRefused(Appeals, NewAppeal().With(("categoryCode", "110104"), ("description", "退役分类的诉求")), "categoryCode", "H-FLOW");
            (await db.Appeals.CountAsync(a => a.Description == "退役分类的诉求", Ct)).ShouldBe(0);
            (await db.Appeals.CountAsync(a => a.CategoryCode == "110104", Ct)).ShouldBe(1);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_the_office_adds_renames_and_retires_a_category_which_then_takes_no_new_appeals(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        var added = await office.PostOk(Categories, new { code = "110103", name = "乱贴乱画", defaultUnitCode = "410100-CGJ", defaultType = "Complaint" });
        added.GetProperty("level").GetInt32().ShouldBe(3);
        added.Str("parentCode").ShouldBe("110100");
        // New first- and second-level nodes too: every insert gets an id of its own beside the seeded ones.
        (await office.PostOk(Categories, new { code = "160000", name = "市场监管" })).GetProperty("level").GetInt32().ShouldBe(1);
        (await office.PostOk(Categories, new { code = "160100", name = "食品安全" })).Str("parentCode").ShouldBe("160000");

        var renamed = await office.PutOk($"{Categories}/110103", new { name = "违规张贴涂写", defaultUnitCode = "410103", defaultType = "Complaint" });
        renamed.Str("name").ShouldBe("违规张贴涂写");
        renamed.Str("defaultUnitCode").ShouldBe("410103");
        var appeal = (await office.PostOk(Appeals, NewAppeal().With(("categoryCode", "110103")))).Id();

        var retired = await office.PostOk($"{Categories}/110103/retire", new { });
        retired.Str("retiredAt").ShouldNotBeNull();
        (await office.GetAsync(appeal)).Str("categoryCode").ShouldBe("110103");
        await office.PostRefused(Appeals, NewAppeal().With(("categoryCode", "110103")), "categoryCode", "H-FLOW");
        var tree = await app.Client().GetFromJsonAsync<JsonElement>(Categories, Ct);
        tree.Items().ShouldNotContain(c => c.Str("code") == "110103");
        (await app.Client().GetStringAsync("/hotline/submit", Ct)).ShouldNotContain("110103");
        var details = await app.Client(Erqi).GetFromJsonAsync<JsonElement>($"{Categories}/details", Ct);
        details.Items().Single(c => c.Str("code") == "110103").Str("retiredAt").ShouldNotBeNull();
        (await office.PostAsJsonAsync($"{Categories}/110103/retire", new { }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // Audit: the office's three changes to 110103, through the one interceptor.
        var records = (await app.AuditAsync("Category")).Items().Where(r => r.Str("entity") == "Category"
            && (r.Str("after")?.Contains("110103") == true || r.Str("before")?.Contains("乱贴乱画") == true)).ToList();
        records.ShouldContain(r => r.Str("action") == "Added" && r.Str("actor") == "office.test");
        records.ShouldContain(r => r.Str("action") == "Modified" && r.Str("after")!.Contains("违规张贴涂写"));
        (await app.AuditAsync("Category")).Items().ShouldContain(r => r.Str("action") == "Modified" && r.Str("after")!.Contains("RetiredAt"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_category_edits_are_validated_by_shape_parent_level_and_unit(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        object New(string code, string? unit = "410100-CGJ", object? sla = null) => new { code, name = "测试分类", defaultUnitCode = unit, sla };
        await office.PostRefused(Categories, New("11010"), "code", "H-FLOW");
        await office.PostRefused(Categories, New("110001"), "code", "H-FLOW"); // a leaf hanging under a first-level node
        await office.PostRefused(Categories, New("001000", null), "code", "H-FLOW");
        await office.PostRefused(Categories, New("170101"), "code", "H-FLOW"); // parent 170100 does not exist
        await office.PostRefused(Categories, New("110101"), "code", "H-FLOW"); // exists
        await office.PostRefused(Categories, New("110104", null), "defaultUnitCode", "H-FLOW"); // a leaf needs its unit
        await office.PostRefused(Categories, New("110104", "999999"), "defaultUnitCode", "K-UNITS");
        await office.PostRefused(Categories, New("110400"), "defaultUnitCode", "H-FLOW"); // only leaves carry a unit
        await office.PostRefused(Categories, New("110104", sla: new[] { new { type = "Complaint", workingDays = 0 } }), "sla", "H-SLA");
        await office.PostRefused(Categories, New("110104", sla: new[] { new { type = "Help", workingDays = 2 }, new { type = "Help", workingDays = 3 } }), "sla", "H-SLA");
        await office.PostRefused($"{Categories}/110100/retire", new { }, "code", "H-FLOW"); // its leaves are in use
        (await office.PutAsJsonAsync($"{Categories}/119999", new { name = "无" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Under a retired parent nothing new grows.
        await office.PostOk($"{Categories}/150101/retire", new { });
        await office.PostOk($"{Categories}/150100/retire", new { });
        await office.PostRefused(Categories, New("150102"), "code", "H-FLOW");

        (await app.Client(Erqi).PostStatus(Categories, New("110104"))).ShouldBe(HttpStatusCode.Forbidden);
        (await app.Client(Erqi).PutAsJsonAsync($"{Categories}/110101", new { name = "改名" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Client().PostStatus(Categories, New("110104"))).ShouldBe(HttpStatusCode.Unauthorized);
        (await app.Client(Erqi).GetFromJsonAsync<JsonElement>($"{Categories}/110101", Ct)).Str("name").ShouldBe("占道经营");
        (await app.AuditAsync("Category")).Items().ShouldNotContain(r => r.Str("after") != null && r.Str("after")!.Contains("110104"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_SLA_category_override_sets_the_deadline_at_assignment_and_falls_back_to_the_configured_days(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        var sla = new[] { new { type = "Complaint", workingDays = 2 } };
        var edited = await office.PutOk($"{Categories}/110101", new { name = "占道经营", defaultUnitCode = "410100-CGJ", defaultType = "Complaint", sla });
        edited.GetProperty("sla")[0].GetProperty("workingDays").GetInt32().ShouldBe(2);

        app.At(2026, 2, 12, 10); // Thursday before the 2026 Spring Festival
        var complaint = await app.AssignAsync(await app.ReceiveAsync(NewAppeal("Complaint")), "410103");
        // 02-13 Fri #1, 02-14 Sat make-up #2 (category 110101: complaints in 2 working days, not the configured 5)
        complaint.Deadline().ShouldBe(EndOf(2026, 2, 14));
        complaint.Str("deadlineRule").ShouldBe("H-SLA");
        complaint.GetProperty("events").Items().ShouldContain(e => e.Str("kind") == "deadline" && e.Str("rule") == "H-SLA"
            && e.Str("text")!.Contains("110101") && e.Str("text")!.Contains("2 个工作日"));
        // No override for help requests: the configured 3. 02-13 #1, 02-14 Sat make-up #2, 02-15..23 off, 02-24 Tue #3
        var help = await app.AssignAsync(await app.ReceiveAsync(NewAppeal("Help")), "410103");
        help.Deadline().ShouldBe(EndOf(2026, 2, 24));
        help.GetProperty("events").Items().ShouldNotContain(e => e.Str("kind") == "deadline");
        (await office.GetFromJsonAsync<JsonElement>($"{Appeals}/{complaint.Id()}/intake", Ct)).GetProperty("categorySlaDays").GetInt32().ShouldBe(2);

        // 改派 restarts the clock with the same override: from 02-24, 02-25 #1, 02-26 #2
        app.At(2026, 2, 24, 9);
        var reassigned = await office.PostOk($"{Appeals}/{complaint.Id()}/reassign", new { unitCode = "410105" });
        reassigned.Deadline().ShouldBe(EndOf(2026, 2, 26));

        // Without the override the configured 5 apply: 02-25 #1, 02-26 #2, 02-27 #3, 02-28 Sat make-up #4, 03-02 Mon #5
        await office.PutOk($"{Categories}/110101", new { name = "占道经营", defaultUnitCode = "410100-CGJ", defaultType = "Complaint" });
        var plain = await app.AssignAsync(await app.ReceiveAsync(NewAppeal("Complaint")), "410103");
        plain.Deadline().ShouldBe(EndOf(2026, 3, 2));
        // An urgent appeal keeps its 2 hours whatever the category says.
        await office.PutOk($"{Categories}/110101", new { name = "占道经营", defaultUnitCode = "410100-CGJ", defaultType = "Complaint", sla });
        var urgent = await app.AssignAsync(await app.ReceiveAsync(NewAppeal("Complaint", urgent: true)), "410103");
        urgent.Deadline().ShouldBe(new DateTime(2026, 2, 24, 3, 0, 0, DateTimeKind.Utc)); // 09:00 + 2 h Beijing = 03:00 UTC
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_assignment_suggests_the_categorys_default_unit(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        var created = await office.PostOk(Appeals, NewAppeal());
        created.GetProperty("intake").Str("suggestedUnitCode").ShouldBe("410100-CGJ"); // 110101 占道经营 → 市城管局
        var page = await office.GetStringAsync($"/hotline/appeals/{created.Id()}", Ct);
        page.ShouldContain("<option selected=\"selected\" value=\"410100-CGJ\">"); // the picker preselects the suggested unit
        page.ShouldContain("建议承办单位");

        await office.PutOk($"{Categories}/110101", new { name = "占道经营", defaultUnitCode = "410103", defaultType = "Complaint" });
        (await office.GetFromJsonAsync<JsonElement>($"{Appeals}/{created.Id()}/intake", Ct)).Str("suggestedUnitCode").ShouldBe("410103");
        (await app.Client(Erqi).GetAsync($"{Appeals}/{created.Id()}/intake", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_the_category_pages_add_edit_and_retire(TestDatabase database)
    {
        var app = await fixture.App(database);
        var office = app.Client(Office);
        var added = await office.PostFormAsync("/hotline/categories", new Dictionary<string, string>
        {
            ["Input.Code"] = "130103", ["Input.Name"] = "餐饮油烟", ["Input.DefaultUnitCode"] = "410100-HBJ", ["Input.DefaultType"] = "Complaint",
            ["Input.Complaint"] = "4",
        });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect, await added.Content.ReadAsStringAsync(Ct));
        added.Headers.Location!.ToString().ShouldBe("/hotline/categories/130103");
        var detail = await office.GetFromJsonAsync<JsonElement>($"{Categories}/130103", Ct);
        detail.GetProperty("sla")[0].Str("type").ShouldBe("Complaint");
        detail.GetProperty("sla")[0].GetProperty("workingDays").GetInt32().ShouldBe(4);

        var refused = await office.PostFormAsync("/hotline/categories", new Dictionary<string, string>
        {
            ["Input.Code"] = "130104", ["Input.Name"] = "无单位", ["Input.Complaint"] = "99",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("办理时限应为 1 至 60 个工作日");
        (await office.GetAsync($"{Categories}/130104", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var renamed = await office.PostFormAsync("/hotline/categories/130103", new Dictionary<string, string>
        {
            ["Input.Code"] = "130103", ["Input.Name"] = "餐饮油烟扰民", ["Input.DefaultUnitCode"] = "410100-HBJ",
        });
        renamed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await office.GetFromJsonAsync<JsonElement>($"{Categories}/130103", Ct);
        after.Str("name").ShouldBe("餐饮油烟扰民");
        after.GetProperty("sla").GetArrayLength().ShouldBe(0);
        var retired = await office.PostFormAsync("/hotline/categories/130103", new Dictionary<string, string>(), "/hotline/categories/130103?handler=Retire");
        retired.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await office.GetStringAsync("/hotline/categories", Ct)).ShouldContain("已停用");

        var erqi = app.Client(Erqi);
        var list = await erqi.GetStringAsync("/hotline/categories", Ct);
        list.ShouldContain("占道经营");
        list.ShouldNotContain("新增分类");
        var denied = await erqi.GetAsync("/hotline/categories/110101", Ct); // a page refuses by sending the browser to "denied"
        denied.StatusCode.ShouldBe(HttpStatusCode.Found);
        denied.Headers.Location!.ToString().ShouldContain("/account/denied");
    }
}
