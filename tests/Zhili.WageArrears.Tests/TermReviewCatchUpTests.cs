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
        var ids = await SeedOverdueListingsAsync(app);

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

    /// <summary>Cases decided in January 2025 and never listed: on 2025-06-10 each is overdue for its listing decision.</summary>
    private static async Task<List<int>> SeedOverdueListingsAsync(ZhiliFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WageArrearsDbContext>();
        var decided = new DateOnly(2025, 1, 6);
        for (var i = 0; i < Cases; i++)
        {
            db.Cases.Add(new BlacklistCase
            {
                UnitCode = "410100-RSJ", DecisionNumber = $"郑人社监处字〔2025〕{i + 1}号", DecisionDate = decided,
                ListingDueAt = new DateTime(2025, 2, 10, 16, 0, 0, DateTimeKind.Utc),
                Parties = [new Party { Name = $"郑州测试劳务有限公司{i}", Kind = PartyKind.Employer, CreditCode = Sample.Code(i + 5000) }],
            });
        }

        await db.SaveChangesAsync(Ct);
        return await db.Cases.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(Ct);
    }
}
