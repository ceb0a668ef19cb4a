using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Audit;
using Zhili.BuildingBlocks.Jobs;

namespace Zhili.Web.Tests;

/// <summary>ARCHITECTURE rule 10: every period of a job is claimed once in the database before it runs.</summary>
public sealed class JobTests : IAsyncDisposable
{
    private const string Admin = "admin.test;admin;410100";
    private readonly List<ZhiliFactory> apps = [];
    private readonly List<DatabaseInstance> databases = [];
    private readonly JobLog log = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A node: an app on the shared database with the test jobs; the clock stays at 2025-06-10 10:00 Beijing time.</summary>
    private ZhiliFactory Node(DatabaseInstance database, bool scheduler = false)
    {
        var app = new ZhiliFactory(database)
        {
            TestServices = s => s.AddSingleton(log).AddScheduledJob<DailyTestJob>(),
        };
        app.Settings["Zhili:Jobs:Enabled"] = scheduler ? "true" : "false";
        app.Settings["Zhili:Audit:SealIntervalSeconds"] = "0";
        _ = app.Server;
        apps.Add(app);
        return app;
    }

    private async Task<DatabaseInstance> Database(TestDatabase kind)
    {
        var database = await DatabaseInstance.CreateAsync(kind);
        databases.Add(database);
        return database;
    }

    private static Task<IReadOnlyList<JobRun>> RunDaily(ZhiliFactory node) =>
        node.Services.GetRequiredService<JobRunner>().RunDueAsync(DailyTestJob.JobName, Ct);

    private static async Task<List<JobRun>> Claims(ZhiliFactory node, string job)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JobsDbContext>().Runs.Where(r => r.Job == job).OrderBy(r => r.Period).ToListAsync(Ct);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Jobs_each_period_runs_once_across_two_nodes(TestDatabase kind)
    {
        var database = await Database(kind);
        var (a, b) = (Node(database), Node(database));

        // Now is 2025-06-10 10:00; three days back is 06-07 10:00, so the 08:00 firings of 06-08, 06-09 and 06-10 are due.
        var ran = await Task.WhenAll(RunDaily(a), RunDaily(b));

        log.Ran.Order().ShouldBe(["2025-06-08", "2025-06-09", "2025-06-10"]);
        ran.Sum(r => r.Count).ShouldBe(3);
        var claims = await Claims(a, DailyTestJob.JobName);
        claims.Select(c => c.Period).ShouldBe(["2025-06-08", "2025-06-09", "2025-06-10"]);
        claims.ShouldAllBe(c => c.Succeeded && c.Attempt == 1 && c.Outcome == "ran " + c.Period);

        (await RunDaily(b)).ShouldBeEmpty();
        log.Ran.Count.ShouldBe(3);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Jobs_a_failed_period_is_recorded_and_retried_by_the_next_firing(TestDatabase kind)
    {
        var database = await Database(kind);
        var node = Node(database);
        log.FailNext(1);

        await RunDaily(node);
        var first = (await Claims(node, DailyTestJob.JobName)).Single(c => c.Period == "2025-06-08");
        first.Succeeded.ShouldBeFalse();
        first.FinishedAt.ShouldNotBeNull();
        first.Outcome!.ShouldContain("fails on purpose");
        log.Ran.Order().ShouldBe(["2025-06-09", "2025-06-10"]);

        await RunDaily(node);
        var retried = (await Claims(node, DailyTestJob.JobName)).Single(c => c.Period == "2025-06-08");
        retried.Succeeded.ShouldBeTrue();
        retried.Attempt.ShouldBe(2);
        log.Ran.Order().ShouldBe(["2025-06-08", "2025-06-09", "2025-06-10"]);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Jobs_a_claim_left_by_a_dead_node_is_taken_over_only_when_stale(TestDatabase kind)
    {
        var database = await Database(kind);
        var node = Node(database);
        var now = node.Clock.GetUtcNow().UtcDateTime;
        await using (var scope = node.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JobsDbContext>();
            // 06-09's claim is 31 minutes old (stale after 30), 06-10's only 5 minutes: its node may still be working.
            db.Runs.Add(new JobRun { Job = DailyTestJob.JobName, Period = "2025-06-09", Node = "dead/1", ClaimedAt = now.AddMinutes(-31) });
            db.Runs.Add(new JobRun { Job = DailyTestJob.JobName, Period = "2025-06-10", Node = "busy/2", ClaimedAt = now.AddMinutes(-5) });
            await db.SaveChangesAsync(Ct);
        }

        await RunDaily(node);

        log.Ran.Order().ShouldBe(["2025-06-08", "2025-06-09"]);
        var claims = (await Claims(node, DailyTestJob.JobName)).ToDictionary(c => c.Period);
        claims["2025-06-09"].Attempt.ShouldBe(2);
        claims["2025-06-09"].Node.ShouldBe(JobClaims.Node);
        claims["2025-06-10"].Node.ShouldBe("busy/2");
        claims["2025-06-10"].FinishedAt.ShouldBeNull();

        // ARCHITECTURE rule 11: the take-over's conditional update is audited, with the claim as it was and as it became.
        await using var audit = node.Services.CreateAsyncScope();
        var takeOver = await audit.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking()
            .SingleAsync(r => r.Entity == nameof(JobRun) && r.EntityId == claims["2025-06-09"].Id.ToString(CultureInfo.InvariantCulture) && r.Action == "Modified"
                && r.Before!.Contains("dead/1"), Ct);
        takeOver.Before!.ShouldContain("\"Attempt\":1");
        takeOver.After!.ShouldContain("\"Attempt\":2");
        takeOver.After!.ShouldContain(JsonSerializer.Serialize(JobClaims.Node));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Jobs_missed_periods_are_caught_up_at_start_and_the_trigger_fires(TestDatabase kind)
    {
        var database = await Database(kind);
        var app = Node(database, scheduler: true);

        // Once the node serves, before any trigger: the three daily periods nobody ran (the catch-up runs in the background).
        using (var caughtUp = CancellationTokenSource.CreateLinkedTokenSource(Ct))
        {
            caughtUp.CancelAfter(TimeSpan.FromSeconds(30));
            while (log.Ran.Count < 3 && !caughtUp.IsCancellationRequested)
            {
                await Task.Delay(50, CancellationToken.None);
            }
        }

        log.Ran.Order().ShouldBe(["2025-06-08", "2025-06-09", "2025-06-10"]);

        // Quartz keeps the host's clock: at 08:00 Beijing time on Wednesday 06-11 its trigger fires the next period.
        app.Clock.SetUtcNow(new DateTimeOffset(2025, 6, 11, 7, 59, 59, Kernel.Civil.ShanghaiOffset));
        app.Clock.Advance(TimeSpan.FromSeconds(2));
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        wait.CancelAfter(TimeSpan.FromSeconds(30));
        while (!log.Ran.Contains("2025-06-11") && !wait.IsCancellationRequested)
        {
            await Task.Delay(100, CancellationToken.None);
        }

        log.Ran.Order().ToArray().ShouldBe(["2025-06-08", "2025-06-09", "2025-06-10", "2025-06-11"], "the 08:00 trigger did not fire");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Jobs_api_and_page_are_for_administrators(TestDatabase kind)
    {
        var database = await Database(kind);
        var node = Node(database);

        (await node.Client("erqi.test;district;410103").GetAsync("/api/v1/jobs", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var admin = node.Client(Admin);
        var ran = await (await admin.PostAsync($"/api/v1/jobs/{DailyTestJob.JobName}/run", null, Ct)).ReadJsonAsync();
        ran.GetArrayLength().ShouldBe(3);
        (await admin.PostAsync("/api/v1/jobs/no.such-job/run", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var jobs = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/jobs", Ct);
        var daily = jobs.EnumerateArray().Single(j => j.GetProperty("name").GetString() == DailyTestJob.JobName);
        // Now is Tuesday 2025-06-10 10:00 Beijing time: the next 08:00 is Wednesday 06-11 08:00 = 00:00 UTC.
        daily.GetProperty("nextFiring").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2025, 6, 11, 0, 0, 0, TimeSpan.Zero));
        daily.GetProperty("lastRun").GetProperty("period").GetString().ShouldBe("2025-06-10");

        var runs = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/jobs/runs?job={DailyTestJob.JobName}", Ct);
        runs.GetProperty("total").GetInt32().ShouldBe(3);

        var page = await admin.GetStringAsync("/admin/jobs", Ct);
        page.ShouldContain(DailyTestJob.JobName);
        page.ShouldContain("2025-06-09");
        (await node.Client("erqi.test;district;410103").GetAsync("/admin/jobs", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in apps)
        {
            await app.DisposeAsync();
        }

        foreach (var database in databases)
        {
            await database.DisposeAsync();
        }
    }
}
