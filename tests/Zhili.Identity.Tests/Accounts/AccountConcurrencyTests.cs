using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Validation;
using Zhili.Identity.Accounts;
using Zhili.Identity.Domain;

namespace Zhili.Identity.Tests.Accounts;

/// <summary>ARCHITECTURE rule 16: an account changed by two administrators who read it at the same time keeps the first change.</summary>
public sealed class AccountConcurrencyTests(DemoFixture fixture) : IClassFixture<DemoFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_account_changed_since_it_was_read_is_refused_by_its_concurrency_stamp_and_says_so(TestDatabase database)
    {
        var app = await fixture.App(database);
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var mine = await first.ServiceProvider.GetRequiredService<UserManager<ZhiliUser>>().FindByNameAsync("jingbalu");
        var theirs = await second.ServiceProvider.GetRequiredService<UserManager<ZhiliUser>>().FindByNameAsync("jingbalu");

        (await first.ServiceProvider.GetRequiredService<AccountService>().LockAsync(mine!, locked: true)).ShouldBeEmpty();
        var refused = await second.ServiceProvider.GetRequiredService<AccountService>().SetRolesAsync(theirs!, ["district"]);

        refused.ShouldBe([ConflictProblem.Stale]);
        await using var after = app.Services.CreateAsyncScope();
        var stored = await after.ServiceProvider.GetRequiredService<UserManager<ZhiliUser>>().FindByNameAsync("jingbalu");
        stored!.LockoutEnd.ShouldBe(DateTimeOffset.MaxValue);
        (await after.ServiceProvider.GetRequiredService<UserManager<ZhiliUser>>().GetRolesAsync(stored)).ShouldBe(["street"]);
    }
}
