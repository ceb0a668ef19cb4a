using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Jobs;

namespace Zhili.WageArrears.Jobs;

/// <summary>
/// B-TERM, B-LIST every morning at 08:30 Beijing time: the day's review of entries due for a decision, each office told
/// through its inbox. Missed days are caught up a week back (the review is idempotent per case, kind and day). Each
/// batch runs in a scope of its own, so memory stays that of one batch, and its position is stored on the claim once
/// committed: a run taken over after a crash resumes there.
/// </summary>
public sealed class TermReviewJob(IServiceScopeFactory scopes, JobClaims claims) : IScheduledJob
{
    public string Name => "blacklist.terms";

    public string Cron => "0 30 8 * * ?";

    public TimeSpan CatchUp => TimeSpan.FromDays(7);

    public string? PeriodOf(DateTimeOffset firing) => Civil.DateOf(firing.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var day = Civil.DateOf(run.Firing);
        var review = new TermReview(day, 0, 0, 0, 0, 0);
        var resumedAt = run.Progress;
        for (ReviewPosition? at = ReviewPosition.Parse(run.Progress); at is { } position;)
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                (var done, at) = await scope.ServiceProvider.GetRequiredService<TermService>().ReviewBatchAsync(day, position, cancellationToken);
                review = review.Add(done);
            }

            await claims.SaveProgressAsync(run, at?.ToString() ?? "done", cancellationToken);
        }

        run.Outcome = $"{review.Extended} extended, {review.RemovalDue} removal due, {review.ListingWarnings} listing warnings, "
            + $"{review.Posted} notices in {review.Batches} batches" + (resumedAt is null ? "" : $", resumed at {resumedAt}");
    }
}
