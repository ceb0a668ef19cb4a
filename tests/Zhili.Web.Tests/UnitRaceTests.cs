using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.Kernel.Data;

namespace Zhili.Web.Tests;

/// <summary>ARCHITECTURE rule 16, K-UNITS: administrators adding units under one parent at once.</summary>
public sealed class UnitRaceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Units = "/api/v1/kernel/units";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_UNITS_of_sixteen_streets_of_one_name_added_at_once_exactly_one_is_stored(TestDatabase database)
    {
        var app = await fixture.App(database);

        var answers = await app.RaceAsync(TestSignIn.Admin, (c, i) =>
            c.PostAsJsonAsync(Units, new { code = $"410106{901 + i}", name = "同名街道", parentCode = "410106", kind = "Street" }, Ct));

        answers.Count(a => a.Won).ShouldBe(1, string.Join('\n', answers));
        // Losers lost the race on the parent's version or the unique name (409), or came after and were refused (400).
        answers.Where(a => !a.Won).ShouldAllBe(a => a.IsConflict || a.Status == HttpStatusCode.BadRequest);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDbContext>();
        (await db.Units.CountAsync(u => u.ParentCode == "410106" && u.Name == "同名街道", Ct)).ShouldBe(1);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_UNITS_streets_added_under_one_parent_at_once_never_share_a_place(TestDatabase database)
    {
        var app = await fixture.App(database);

        var answers = await app.RaceAsync(TestSignIn.Admin, (c, i) =>
            c.PostAsJsonAsync(Units, new { code = $"410108{901 + i}", name = $"测试{i}街道", parentCode = "410108", kind = "Street" }, Ct));

        var won = answers.Count(a => a.Won);
        won.ShouldBeGreaterThanOrEqualTo(1);
        answers.Where(a => !a.Won).ShouldAllBe(a => a.IsConflict);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDbContext>();
        var added = await db.Units.Where(u => u.ParentCode == "410108" && !u.Seeded).ToListAsync(Ct);
        added.Count.ShouldBe(won);
        added.Select(u => u.SortOrder).Distinct().Count().ShouldBe(won);
        // Each add moved the parent's version once.
        (await db.Units.SingleAsync(u => u.Code == "410108", Ct)).Version.ShouldBe(won);
    }
}
