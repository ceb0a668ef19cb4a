using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.WageArrears.Data;

namespace Zhili.WageArrears.Tests;

/// <summary>ARCHITECTURE rule 16: of many users moving one blacklist case at once, one wins and the others are told.</summary>
public sealed class RaceTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    private static readonly DateOnly Decided = new(2025, 5, 6);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_LIST_of_sixteen_listing_decisions_at_once_exactly_one_lists_the_case(TestDatabase database)
    {
        var app = await fixture.App(database);
        var staff = app.Client(Sample.CityStaff);
        var id = (await staff.Create(Sample.Case(Decided, 801))).Id();
        await staff.Post($"{Api.Cases}/{id}/notice", new { receivedOn = new DateOnly(2025, 5, 8) });

        var answers = await app.RaceAsync(Sample.CityStaff, (c, i) =>
            c.PostAsJsonAsync($"{Api.Cases}/{id}/listing", new { decidedOn = new DateOnly(2025, 5, 20).AddDays(i % 3) }, Ct));

        answers.Count(a => a.Won).ShouldBe(1, string.Join('\n', answers));
        answers.Where(a => !a.Won).ShouldAllBe(a => a.ToldWhy("B-LIST"));
        var listed = await staff.Get($"{Api.Cases}/{id}");
        listed.Str("listingState").ShouldBe("Listed");
        listed.Str("listedOn").ShouldBe(answers.Single(a => a.Won).Body.Str("listedOn"));
        // Created, notice served, listed: each moved the version once.
        listed.GetProperty("version").GetInt32().ShouldBe(2);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_NOTICE_every_notice_receipt_that_succeeded_moved_the_version_once_and_its_code_followed_the_last(TestDatabase database)
    {
        var app = await fixture.App(database);
        var staff = app.Client(Sample.CityStaff);
        var id = (await staff.Create(Sample.Case(Decided, 802))).Id();
        await staff.Post($"{Api.Cases}/{id}/notice", new { receivedOn = new DateOnly(2025, 6, 9) });
        await staff.IssueCodeAsync(id, "Defence");

        var answers = await app.RaceAsync(Sample.CityStaff, (c, i) =>
            c.PostAsJsonAsync($"{Api.Cases}/{id}/notice", new { receivedOn = new DateOnly(2025, 5, 7).AddDays(i) }, Ct));

        var won = answers.Count(a => a.Won);
        won.ShouldBeGreaterThanOrEqualTo(1);
        answers.Where(a => !a.Won).ShouldAllBe(a => a.IsConflict);
        var stored = await staff.Get($"{Api.Cases}/{id}");
        answers.Where(a => a.Won).Select(a => a.Body.Str("noticeReceivedOn")).ShouldContain(stored.Str("noticeReceivedOn"));
        // Notice, code issued (a part: it moves the case too), then each receipt recorded again on a day of its own.
        stored.GetProperty("version").GetInt32().ShouldBe(2 + won);
        await using var scope = app.Services.CreateAsyncScope();
        var code = await scope.ServiceProvider.GetRequiredService<WageArrearsDbContext>().AccessCodes.SingleAsync(a => a.CaseId == id, Ct);
        code.ExpiresAt.ShouldBe(stored.GetProperty("defenceDue").GetProperty("at").GetDateTime().ToUniversalTime());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_LIST_a_case_page_form_drawn_before_another_users_change_is_refused_on_the_page_and_changes_nothing(TestDatabase database)
    {
        var app = await fixture.App(database);
        var staff = app.Client(Sample.CityStaff);
        var id = (await staff.Create(Sample.Case(Decided, 803))).Id();
        await staff.Post($"{Api.Cases}/{id}/notice", new { receivedOn = new DateOnly(2025, 5, 8) });
        var page = $"/blacklist/cases/{id}";
        (await staff.GetStringAsync(page, Ct)).ShouldContain("name=\"version\" value=\"1\"");
        await staff.Post($"{Api.Cases}/{id}/notice", new { receivedOn = new DateOnly(2025, 5, 9) }); // another user, after the page was drawn

        var stale = await staff.PostFormAsync(page, new Dictionary<string, string> { ["version"] = "1", ["decidedOn"] = "2025-05-26" }, $"{page}?handler=Listing");

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stale.Content.ReadAsStringAsync(Ct)).ShouldContain("该记录已被他人修改，请刷新后重试");
        (await staff.Get($"{Api.Cases}/{id}")).Str("listingState").ShouldNotBe("Listed");
        (await staff.PostFormAsync(page, new Dictionary<string, string> { ["version"] = "2", ["decidedOn"] = "2025-05-26" }, $"{page}?handler=Listing"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await staff.Get($"{Api.Cases}/{id}")).Str("listingState").ShouldBe("Listed");
    }
}
