using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Jobs;
using Zhili.WageArrears.Data;
using Zhili.WageArrears.Domain;

namespace Zhili.WageArrears.Tests;

/// <summary>
/// B-LIST over a large register: the daily review commits in batches (here 100 cases, over 1,000 open cases) and a run
/// taken over after a crash resumes after the last committed batch, leaving the cases before it alone.
/// </summary>
public sealed class TermReviewCatchUpTests
{
    private const int Cases = 1_000;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_LIST_a_crashed_review_resumes_after_its_last_committed_batch(TestDatabase kind)
    {
        await using var database = await DatabaseInstance.CreateAsync(kind);
        await using var app = new ZhiliFactory(database);
        app.Settings["Zhili:Audit:SealIntervalSeconds"] = "0";
        app.Settings["Zhili:WageArrears:ReviewBatchSize"] = "100";
        _ = app.Server;
        var ids = await OverdueListings.SeedAsync(app, Cases);

        // A node died after committing the batch that ends at the 400th case: its claim is stale and holds that position.
        var resumeAfter = ids[399];
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var jobs = scope.ServiceProvider.GetRequiredService<JobsDbContext>();
            jobs.Runs.Add(new JobRun
            {
                Job = "blacklist.terms", Period = "2025-06-10", Node = "dead/1", ClaimedAt = app.Clock.GetUtcNow().UtcDateTime.AddHours(-1),
                Firing = new DateTime(2025, 6, 10, 0, 30, 0, DateTimeKind.Utc), Progress = $"Listings:{resumeAfter}",
            });
            await jobs.SaveChangesAsync(Ct);
        }

        var run = await app.Services.GetRequiredService<JobRunner>()
            .RunPeriodAsync("blacklist.terms", "2025-06-10", new DateTimeOffset(2025, 6, 10, 0, 30, 0, TimeSpan.Zero), Ct);

        run.ShouldNotBeNull();
        run.Succeeded.ShouldBeTrue(run.Outcome);
        run.Attempt.ShouldBe(2);
        // 600 cases left: six full batches of 100, then the empty read that ends the pass.
        run.Outcome!.ShouldContain("600 listing warnings, 600 notices in 7 batches, resumed at Listings:" + resumeAfter);
        await using var check = app.Services.CreateAsyncScope();
        var noticed = await check.ServiceProvider.GetRequiredService<WageArrearsDbContext>().DueNotices
            .Where(n => n.Kind == DueKinds.ListingOverdue).Select(n => n.CaseId).ToListAsync(Ct);
        noticed.Order().ShouldBe(ids.Where(id => id > resumeAfter).Order());
    }
}
