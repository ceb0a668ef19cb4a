using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.Identity.Data;
using Zhili.Identity.SignIn;
using static Zhili.Identity.Tests.SignIn.LockoutFixture;

namespace Zhili.Identity.Tests.SignIn;

/// <summary>
/// Failed sign-ins lock an (account, address) pair and throttle an address, in the database shared by every node; the
/// refusal never tells an unknown user from a wrong password or a lock, and always costs one password check.
/// </summary>
public sealed class LockoutTests(LockoutFixture fixture) : IClassFixture<LockoutFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Unknown_user_wrong_password_and_locked_pair_get_the_same_answer_each_after_one_password_check(TestDatabase database)
    {
        var client = (await fixture.App(database)).ClientFrom("10.1.0.1");
        var answers = new List<(HttpStatusCode, string?)>();
        async Task AttemptAsync(string user, string password)
        {
            var before = fixture.Hasher.Verified;
            answers.Add(await SignInAsync(client, user, password));
            (fixture.Hasher.Verified - before).ShouldBe(1, $"{user} / {password}");
        }

        await AttemptAsync("no-such-user", "WrongPassword1");
        for (var i = 0; i < PairFailures; i++)
        {
            await AttemptAsync("jxb", "WrongPassword1");
        }

        await AttemptAsync("jxb", Demo.DemoAccounts.Password); // locked now: the right password is refused alike
        await AttemptAsync("no-such-user", "WrongPassword1");

        answers.ShouldBe(Enumerable.Repeat(Refused, answers.Count).ToList());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_locked_pair_leaves_the_account_open_from_another_address_and_ends_after_the_lock_time(TestDatabase database)
    {
        var app = await fixture.App(database);
        var here = app.ClientFrom("10.2.0.1");
        for (var i = 0; i < PairFailures; i++)
        {
            (await SignInAsync(here, "renshe", "WrongPassword1")).ShouldBe(Refused);
        }

        (await SignInAsync(here, "renshe")).ShouldBe(Refused);
        (await SignInAsync(app.ClientFrom("10.2.0.2"), "renshe")).ShouldBe(SignedIn);

        app.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        (await SignInAsync(app.ClientFrom("10.2.0.1"), "renshe")).ShouldBe(SignedIn);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_addresses_of_one_IPv6_64_network_count_as_one_source(TestDatabase database)
    {
        var app = await fixture.App(database);
        for (var i = 0; i < PairFailures; i++)
        {
            (await SignInAsync(app.ClientFrom($"2001:db8:0:6::{i + 1}"), "erqi", "WrongPassword1")).ShouldBe(Refused);
        }

        (await SignInAsync(app.ClientFrom("2001:db8:0:6::ffff"), "erqi")).ShouldBe(Refused);
        (await SignInAsync(app.ClientFrom("2001:db8:0:7::1"), "erqi")).ShouldBe(SignedIn);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Failures_across_accounts_throttle_the_address_but_no_other(TestDatabase database)
    {
        var app = await fixture.App(database);
        var here = app.ClientFrom("10.3.0.1");
        for (var i = 0; i < AddressFailures; i++)
        {
            (await SignInAsync(here, $"guess-{i}", "WrongPassword1")).ShouldBe(Refused);
        }

        (await SignInAsync(here, "minzheng")).ShouldBe(Refused);
        (await SignInAsync(app.ClientFrom("10.3.0.2"), "minzheng")).ShouldBe(SignedIn);
        // A good sign-in elsewhere does not lift the address's throttle.
        (await SignInAsync(here, "minzheng")).ShouldBe(Refused);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Failures_counted_on_one_app_node_lock_the_pair_on_another(TestDatabase database)
    {
        var first = await fixture.App(database);
        await using var second = AppNodes.Start(first.Database, node => Apply(node, fixture.Hasher));
        second.Clock.SetUtcNow(first.Clock.GetUtcNow());
        for (var i = 0; i < PairFailures; i++)
        {
            var node = i % 2 == 0 ? first : second;
            (await SignInAsync(node.ClientFrom("10.4.0.1"), "zhongmu", "WrongPassword1")).ShouldBe(Refused);
        }

        (await SignInAsync(second.ClientFrom("10.4.0.1"), "zhongmu")).ShouldBe(Refused);
        (await SignInAsync(first.ClientFrom("10.4.0.1"), "zhongmu")).ShouldBe(Refused);
        (await SignInAsync(second.ClientFrom("10.4.0.2"), "zhongmu")).ShouldBe(SignedIn);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Failure_runs_that_ended_are_deleted_so_the_counters_do_not_grow(TestDatabase database)
    {
        var app = await fixture.App(database);
        var old = Enumerable.Range(0, 3).Select(i => SignInFailures.PairKey($"gone-{i}", "10.5.0.1")).Append(SignInFailures.AddressKey("10.5.0.1")).ToList();
        for (var i = 0; i < 3; i++)
        {
            (await SignInAsync(app.ClientFrom("10.5.0.1"), $"gone-{i}", "WrongPassword1")).ShouldBe(Refused);
        }

        (await CountAsync(app, old)).ShouldBe(4);
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        (await SignInAsync(app.ClientFrom("10.5.0.2"), "later", "WrongPassword1")).ShouldBe(Refused);

        (await CountAsync(app, old)).ShouldBe(0);
        (await CountAsync(app, [SignInFailures.PairKey("later", "10.5.0.2"), SignInFailures.AddressKey("10.5.0.2")])).ShouldBe(2);
    }

    private static async Task<int> CountAsync(ZhiliFactory app, List<string> keys)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        return await db.SignInFailures.CountAsync(f => keys.Contains(f.Key), Ct);
    }
}
