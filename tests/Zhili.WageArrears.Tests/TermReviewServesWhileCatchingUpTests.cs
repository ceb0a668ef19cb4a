using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Background;
using Zhili.BuildingBlocks.Jobs;
using Zhili.BuildingBlocks.Security;
using Zhili.WageArrears.Data;
using Zhili.WageArrears.Domain;

namespace Zhili.WageArrears.Tests;

/// <summary>
/// ARCHITECTURE rule 10 over a large register: a node started with a missed day of the daily review (B-LIST) serves at
/// once. While the review commits its small batches in the background, <c>/healthz</c> says the node is catching up and
/// pages and APIs answer; afterwards every overdue case has its notice.
/// </summary>
public sealed class TermReviewServesWhileCatchingUpTests
{
    private const int Cases = 3_000;
    private const string Job = "blacklist.terms";
    private const string MissedDay = "2025-06-10";
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_LIST_a_node_serves_while_it_catches_up_a_missed_review_over_a_large_register(TestDatabase kind)
    {
        await using var database = await DatabaseInstance.CreateAsync(kind);
        var (ids, partnerKey) = await RegisterReviewedUpToTheMissedDayAsync(database);

        // The node starts with the scheduler on; batches of 10 keep the review going for hundreds of commits.
        await using var node = new ZhiliFactory(database);
        node.Settings["Zhili:Jobs:Enabled"] = "true";
        node.Settings["Zhili:Audit:SealIntervalSeconds"] = "0";
        node.Settings["Zhili:WageArrears:ReviewBatchSize"] = "10";
        _ = node.Server;

        // The review of the missed day is under way: its claim holds the position of a committed batch.
        var started = await Until(() => ClaimAsync(node, MissedDay), c => c is { Progress: not null } || c?.FinishedAt is not null);
        started.ShouldNotBeNull("the missed day was not claimed");
        started.FinishedAt.ShouldBeNull("the review had already finished when the node began to serve");

        var health = await Health(node);
        health.GetProperty("description").GetString()!.ShouldContain("正在补跑（本节点照常服务）：jobs.catch-up");
        health.GetProperty("data").GetProperty("jobs.catch-up").GetProperty("catchingUp").GetBoolean().ShouldBeTrue();
        (await node.Client().GetAsync("/blacklist", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var staffPage = await node.Client(Sample.CityStaff).GetAsync("/blacklist/cases", Ct);
        staffPage.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staffPage.Content.ReadAsStringAsync(Ct)).ShouldContain(OverdueListings.EmployerName);
        (await node.Client(Sample.CityStaff).GetAsync($"/api/v1/blacklist/cases/{ids[0]}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var partner = node.Client();
        partner.DefaultRequestHeaders.Add(PartnerAccess.Header, partnerKey);
        var lookup = await partner.GetAsync($"{Partners.Lookup}/{Sample.Code(5000)}", Ct);
        lookup.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await lookup.ReadJsonAsync()).GetProperty("listed").GetBoolean().ShouldBeFalse();

        // All of that was answered during the review: it has not finished yet, and the catch-up still runs.
        var during = await ClaimAsync(node, MissedDay);
        during!.FinishedAt.ShouldBeNull("the review finished before the requests were answered");
        CatchUp(node).Running.ShouldBeTrue();
        CatchUp(node).CatchingUp.ShouldBeTrue();

        var done = await Until(() => Task.FromResult(CatchUp(node)), f => !f.CatchingUp);
        done.CatchingUp.ShouldBeFalse("the catch-up did not end");
        (await Health(node)).GetProperty("data").GetProperty("jobs.catch-up").GetProperty("catchingUp").GetBoolean().ShouldBeFalse();
        var run = await ClaimAsync(node, MissedDay);
        run!.Succeeded.ShouldBeTrue(run.Outcome);
        run.Outcome!.ShouldContain($"{Cases} notices in {Cases / 10 + 3} batches"); // terms and removals empty, then the listings' empty read
        await using var scope = node.Services.CreateAsyncScope();
        var noticed = await scope.ServiceProvider.GetRequiredService<WageArrearsDbContext>().DueNotices
            .Where(n => n.Kind == DueKinds.ListingOverdue).Select(n => n.CaseId).ToListAsync(Ct);
        noticed.Order().ShouldBe(ids);
        var claims = await scope.ServiceProvider.GetRequiredService<JobsDbContext>().Runs.Where(r => r.Job == Job).ToListAsync(Ct);
        claims.Where(c => c.Node == JobClaims.Node).Select(c => c.Period).ShouldBe([MissedDay]); // only the missed day ran
    }

    /// <summary>The register as the last node left it: migrated, seeded, a partner key issued, every day before 06-10 reviewed.</summary>
    private static async Task<(List<int> Ids, string PartnerKey)> RegisterReviewedUpToTheMissedDayAsync(DatabaseInstance database)
    {
        await using var before = new ZhiliFactory(database);
        before.Settings["Zhili:Audit:SealIntervalSeconds"] = "0";
        _ = before.Server;
        var ids = await OverdueListings.SeedAsync(before, Cases);
        var partnerKey = (await before.PartnerAsync()).DefaultRequestHeaders.GetValues(PartnerAccess.Header).Single();
        await using var scope = before.Services.CreateAsyncScope();
        var jobs = scope.ServiceProvider.GetRequiredService<JobsDbContext>();
        // The 08:30 firings of 06-04 … 06-09 (the week the review catches up) are done; 06-10's is missed.
        for (var day = new DateOnly(2025, 6, 4); day < DateOnly.Parse(MissedDay, System.Globalization.CultureInfo.InvariantCulture); day = day.AddDays(1))
        {
            var firing = day.ToDateTime(new TimeOnly(0, 30), DateTimeKind.Utc);
            jobs.Runs.Add(new JobRun
            {
                Job = Job, Period = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Node = "earlier/1",
                Firing = firing, ClaimedAt = firing, FinishedAt = firing.AddMinutes(5), Succeeded = true, Outcome = "reviewed",
            });
        }

        await jobs.SaveChangesAsync(Ct);
        return (ids, partnerKey);
    }

    private static async Task<JobRun?> ClaimAsync(ZhiliFactory node, string period)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JobsDbContext>().Runs.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Job == Job && r.Period == period, Ct);
    }

    private static LoopFigures CatchUp(ZhiliFactory node) =>
        node.Services.GetRequiredService<BackgroundLoops>().Figures().Single(f => f.Name == "jobs.catch-up");

    private static async Task<JsonElement> Health(ZhiliFactory node)
    {
        var response = await node.Client().GetAsync("/healthz", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.ReadJsonAsync()).GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "background");
    }

    // Not a speed test: the bound is generous, the answer is asked for every 20 ms.
    private static async Task<T> Until<T>(Func<Task<T>> ask, Func<T, bool> expected)
    {
        var until = DateTime.UtcNow + Bound;
        var answer = await ask();
        while (!expected(answer) && DateTime.UtcNow < until)
        {
            await Task.Delay(20, Ct);
            answer = await ask();
        }

        return answer;
    }
}
