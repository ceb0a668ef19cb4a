using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Validation;
using Zhili.Hotline.Data;
using Zhili.Hotline.Domain;
using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>ARCHITECTURE rule 16: of many users changing one appeal, category or case at once, one wins and the others are told.</summary>
public sealed class RaceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Api = "/api/v1/hotline/appeals";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_of_sixteen_closures_at_once_exactly_one_closes_the_appeal(TestDatabase database)
    {
        var app = await fixture.App(database);
        var id = await app.ReceiveAsync();

        var answers = await app.RaceAsync(Office, (c, _) => c.PostAsJsonAsync($"{Api}/{id}/close", new { reason = "Resolved", note = "当场答复" }, Ct));

        answers.Count(a => a.Won).ShouldBe(1, string.Join('\n', answers));
        answers.Where(a => !a.Won).ShouldAllBe(a => a.ToldWhy("H-FLOW"));
        var appeal = await app.Client(Office).GetAsync(id);
        appeal.Str("state").ShouldBe("Closed");
        appeal.GetProperty("events").EnumerateArray().Count(e => e.Str("kind") == "closed").ShouldBe(1);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_LVL_of_sixteen_supervisions_at_once_one_opens_and_the_appeal_still_answers(TestDatabase database)
    {
        var app = await fixture.App(database);
        var id = await app.ReceiveAsync();
        await app.AssignAsync(id, "410103");

        var answers = await app.RaceAsync(Office, (c, i) =>
            c.PostAsJsonAsync($"{Api}/{id}/supervision", new { level = "General", reason = $"群众第 {i} 次来电" }, Ct));

        answers.Count(a => a.Won).ShouldBe(1, string.Join('\n', answers));
        answers.Where(a => !a.Won).ShouldAllBe(a => a.ToldWhy("H-LVL"));
        var appeal = await app.Client(Office).GetAsync(id);
        appeal.GetProperty("supervisions").EnumerateArray().Count(s => s.Str("closedAt") is null).ShouldBe(1);
        appeal.GetProperty("events").EnumerateArray().Count(e => e.Str("kind") == "supervision-opened").ShouldBe(1);
        (await app.Client(Office).GetAsync($"/hotline/appeals/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Client(Erqi).GetAsync($"/hotline/appeals/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        (await db.SupervisionCases.CountAsync(c => c.Supervisions.Any(s => s.AppealId == id), Ct)).ShouldBe(1);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_every_reassignment_that_succeeded_is_counted_none_lost(TestDatabase database)
    {
        var app = await fixture.App(database);
        var id = await app.ReceiveAsync();
        await app.AssignAsync(id, "410103");
        string[] units = ["410105", "410102", "410103"];

        var answers = await app.RaceAsync(Office, (c, i) =>
            c.PostAsJsonAsync($"{Api}/{id}/reassign", new { unitCode = units[i % units.Length], coUnitCodes = Array.Empty<string>() }, Ct));

        var won = answers.Count(a => a.Won);
        won.ShouldBeGreaterThanOrEqualTo(1);
        answers.Where(a => !a.Won).ShouldAllBe(a => a.IsConflict);
        var appeal = await app.Client(Office).GetAsync(id);
        appeal.GetProperty("reassignCount").GetInt32().ShouldBe(won);
        appeal.GetProperty("events").EnumerateArray().Count(e => e.Str("kind") == "reassigned").ShouldBe(won);
        // Assigned once, then each reassignment with its deadline note moved the version once.
        appeal.GetProperty("version").GetInt32().ShouldBe(1 + won);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_every_category_edit_that_succeeded_moved_the_version_once(TestDatabase database)
    {
        var app = await fixture.App(database);

        var answers = await app.RaceAsync(Office, (c, i) => c.PutAsJsonAsync("/api/v1/hotline/categories/110102",
            new { name = $"乱搭乱建{i}", defaultUnitCode = "410100-CGJ", defaultType = "Complaint", sla = new[] { new { type = "Complaint", workingDays = 1 + i } } }, Ct));

        var won = answers.Where(a => a.Won).ToList();
        won.ShouldNotBeEmpty();
        answers.Where(a => !a.Won).ShouldAllBe(a => a.IsConflict);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var stored = await db.Categories.Include(c => c.Sla).AsNoTracking().SingleAsync(c => c.Code == "110102", Ct);
        stored.Version.ShouldBe(won.Count);
        // The name and the SLA row stored are those of one and the same winner.
        won.Select(w => w.Body.GetProperty("name").GetString()).ShouldContain(stored.Name);
        stored.Sla.Single().WorkingDays.ShouldBe(1 + int.Parse(stored.Name[4..], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_LVL_H_EXT_one_open_supervision_and_one_pending_extension_per_appeal_are_database_constraints(TestDatabase database)
    {
        var app = await fixture.App(database);
        var id = await app.ReceiveAsync();
        await app.AssignAsync(id, "410103");
        await app.Client(Office).PostOk($"{Api}/{id}/supervision", new { level = "General", reason = "群众多次来电" });
        await app.Client(Erqi).PostOk($"{Api}/{id}/extensions", new { reason = "需协调多个部门", workingDays = 3 });

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var at = DateTime.UtcNow;
        // Written past the domain's checks, as a second node racing the first would: the database itself refuses.
        db.Add(new Supervision { AppealId = id, Level = SupervisionLevel.General, OpenedAt = at, OpenedBy = "x", Reason = "第二个" });
        var supervision = await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        ConflictProblem.Of(supervision)!.Rule.ShouldBe("H-LVL");
        db.ChangeTracker.Clear();
        db.Add(new Extension { AppealId = id, UnitCode = "410103", AppliedAt = at, AppliedBy = "x", Reason = "第二项", WorkingDays = 1, DeadlineBefore = at });
        var extension = await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        ConflictProblem.Of(extension)!.Rule.ShouldBe("H-EXT");
        db.ChangeTracker.Clear();

        // Only open ones count: a closed supervision and a decided extension may be many.
        db.Add(new Supervision { AppealId = id, Level = SupervisionLevel.General, OpenedAt = at, OpenedBy = "x", Reason = "已结束", ClosedAt = at });
        db.Add(new Extension { AppealId = id, UnitCode = "410103", AppliedAt = at, AppliedBy = "x", Reason = "已决定", State = ExtensionState.Refused, DeadlineBefore = at });
        await db.SaveChangesAsync(Ct);
        (await db.Set<Supervision>().CountAsync(s => s.AppealId == id, Ct)).ShouldBe(2);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_a_page_form_drawn_before_another_users_change_is_refused_on_the_page_and_changes_nothing(TestDatabase database)
    {
        var app = await fixture.App(database);
        var id = await app.ReceiveAsync();
        var office = app.Client(Office);
        var page = $"/hotline/appeals/{id}";
        (await office.GetStringAsync(page, Ct)).ShouldContain("name=\"version\" value=\"0\"");
        await app.AssignAsync(id, "410103"); // another user, after the page was drawn

        var stale = await office.PostFormAsync(page, new Dictionary<string, string> { ["version"] = "0", ["unitCode"] = "410105" }, $"{page}?handler=Reassign");

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await stale.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("该记录已被他人修改，请刷新后重试");
        html.ShouldContain("name=\"version\" value=\"1\""); // the page now shows the appeal as it is
        var appeal = await office.GetAsync(id);
        (appeal.Str("unitCode"), appeal.GetProperty("reassignCount").GetInt32()).ShouldBe(("410103", 0));
        (await office.PostFormAsync(page, new Dictionary<string, string> { ["version"] = "1", ["unitCode"] = "410105" }, $"{page}?handler=Reassign"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
