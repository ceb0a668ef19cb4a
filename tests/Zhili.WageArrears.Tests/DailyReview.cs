using Microsoft.Extensions.DependencyInjection;
using Zhili.WageArrears.Features.Terms;

namespace Zhili.WageArrears.Tests;

/// <summary>
/// B-TERM, B-LIST: runs the daily review as a scheduled job does (a civil date, no request, no data scope), and reads
/// what the offices were told. Running a date again must post nothing more.
/// </summary>
public static class DailyReview
{
    public static async Task<TermReview> RunAsync(ZhiliFactory app, DateOnly day)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TermService>().NotifyDueAsync(day, TestContext.Current.CancellationToken);
    }

    public static async Task<List<string>> TitlesAsync(ZhiliFactory app, string user) =>
        (await app.InboxAsync(user)).Where(m => m.Rule is "B-TERM" or "B-LIST").Select(m => m.Title).ToList();
}
