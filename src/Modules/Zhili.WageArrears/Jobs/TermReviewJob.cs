using System.Globalization;
using Zhili.BuildingBlocks.Jobs;
using Zhili.Kernel;
using Zhili.WageArrears.Features.Terms;

namespace Zhili.WageArrears.Jobs;

/// <summary>
/// B-TERM, B-LIST every morning at 08:30 Beijing time: the day's review of entries due for a decision, each office told
/// through its inbox. Missed days are caught up a week back (the review is idempotent per case, kind and day).
/// </summary>
public sealed class TermReviewJob(TermService terms) : IScheduledJob
{
    public string Name => "blacklist.terms";

    public string Cron => "0 30 8 * * ?";

    public TimeSpan CatchUp => TimeSpan.FromDays(7);

    public string? PeriodOf(DateTimeOffset firing) => Civil.DateOf(firing.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var review = await terms.NotifyDueAsync(Civil.DateOf(run.Firing), cancellationToken);
        run.Outcome = $"{review.Extended} extended, {review.RemovalDue} removal due, {review.ListingWarnings} listing warnings, {review.Posted} notices";
    }
}
