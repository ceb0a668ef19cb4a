using Zhili.BuildingBlocks.Inbox;

namespace Zhili.WageArrears.Features.Terms;

/// <param name="Extended">Automatic 2-year extensions applied by this run (B-TERM).</param>
/// <param name="RemovalDue">Removal decisions made due by this run (B-TERM).</param>
/// <param name="ListingWarnings">Cases awaiting a listing decision that are warned or overdue on that day (B-LIST).</param>
/// <param name="Posted">Notices posted to the responsible offices by this run (none when the day was already reviewed).</param>
/// <param name="Batches">Batches committed, each of at most <see cref="BlacklistOptions.ReviewBatchSize"/> cases.</param>
public sealed record TermReview(DateOnly Day, int Extended, int RemovalDue, int ListingWarnings, int Posted, int Batches = 1)
{
    public TermReview Add(TermReview next) => new(Day, Extended + next.Extended, RemovalDue + next.RemovalDue,
        ListingWarnings + next.ListingWarnings, Posted + next.Posted, Batches + next.Batches);
}

/// <summary>
/// The daily review for a scheduled job (and staff): on a civil day it finds every entry due for a decision (B-TERM:
/// terms ending that day, expired terms — extended automatically by 2 years, or made due for removal within 20 working
/// days when corrected — and removal decisions due or overdue; B-LIST: listings warned or overdue) and tells the
/// responsible office through its inbox. Idempotent: each notice is recorded once per case, kind and day it concerns,
/// so running the same day again, or on a second node, changes and posts nothing more. It reads and commits the
/// cases in batches (<see cref="ReviewPosition"/>); the same idempotence makes a batch run again after a crash harmless.
/// </summary>
public sealed class TermService(WageArrearsDbContext db, Deadlines deadlines, IInbox inbox)
{
    private readonly List<(DueNotice Notice, InboxMessage Message)> pending = [];

    /// <summary>The review as of today (the staff's button and <c>POST /terms/review</c>).</summary>
    public Task<TermReview> ReviewAsync(CancellationToken ct) => NotifyDueAsync(deadlines.Today, ct);

    public async Task<TermReview> NotifyDueAsync(DateOnly day, CancellationToken ct)
    {
        var total = new TermReview(day, 0, 0, 0, 0, 0);
        for (ReviewPosition? at = ReviewPosition.Start; at is { } next;)
        {
            (var done, at) = await ReviewBatchAsync(day, next, ct);
            total = total.Add(done);
        }

        return total;
    }

    /// <summary>Reviews and commits the next batch of cases after the position; returns what it did and where the next batch starts (null: done).</summary>
    public async Task<(TermReview Done, ReviewPosition? Next)> ReviewBatchAsync(DateOnly day, ReviewPosition position, CancellationToken ct)
    {
        pending.Clear();
        db.ChangeTracker.Clear(); // one batch in memory at a time
        var size = Math.Max(1, deadlines.Options.ReviewBatchSize);
        var cases = await position.Cases(db, day).Include(c => c.Parties).OrderBy(c => c.Id).Take(size).ToListAsync(ct);
        var (extended, removalDue, warned) = position.Pass switch
        {
            ReviewPass.Terms => await ReviewTermsAsync(cases, day, ct),
            ReviewPass.Removals => (0, 0, ReviewRemovalDeadlines(cases, day)),
            _ => (0, 0, ReviewListings(cases, day)),
        };
        var next = cases.Count < size ? position.NextPass() : position with { After = cases[^1].Id };

        // Only notices not posted before; the unique (case, kind, on) index settles a race between two nodes.
        var caseIds = pending.Select(p => p.Notice.CaseId).Distinct().ToList();
        var posted = await db.DueNotices.Where(n => caseIds.Contains(n.CaseId)).Select(n => new { n.CaseId, n.Kind, n.AboutDay }).ToListAsync(ct);
        var fresh = pending.Where(p => !posted.Any(n => n.CaseId == p.Notice.CaseId && n.Kind == p.Notice.Kind && n.AboutDay == p.Notice.AboutDay)).ToList();
        db.DueNotices.AddRange(fresh.Select(p => p.Notice));
        try
        {
            await db.SaveChangesAsync(ct); // the term changes and the notice records together
        }
        catch (DbUpdateException)
        {
            return (new TermReview(day, 0, 0, warned, 0), next); // another node reviewed the same cases at the same moment
        }

        foreach (var (_, message) in fresh)
        {
            await inbox.PostAsync(message, ct);
        }

        return (new TermReview(day, extended, removalDue, warned, fresh.Count), next);
    }

    private async Task<(int Extended, int RemovalDue, int Warned)> ReviewTermsAsync(List<BlacklistCase> live, DateOnly day, CancellationToken ct)
    {
        int extended = 0, due = 0;
        foreach (var c in live)
        {
            if (c.ExpiresOn == day)
            {
                Notify(c, DueKinds.Expiring, day, "deadline", $"黑名单列入期限今日届满：{Name(c)}", c.CorrectedOn is { } fixedOn
                    ? $"已于 {fixedOn:yyyy-MM-dd} 改正违法行为；期满后 20 个工作日内作出移出决定（列入期间再次发生列入情形的除外）"
                    : "未改正违法行为的，期满不予移出并自动续期 2 年");
                continue;
            }

            // A late review may have to extend more than once (each adds 2 years to the previous expiry).
            while (c.ExpiresOn < day && (c.CorrectedOn is null || c.CorrectedOn > c.ExpiresOn || await HasNewGroundAsync(c, ct)))
            {
                c.Extend(deadlines.Options.RepeatTermYears); // B-TERM: automatic 2-year extension
                extended++;
                Notify(c, DueKinds.Extended, c.ExpiresOn!.Value, "system", $"黑名单自动续期 2 年：{Name(c)}",
                    $"未改正违法行为或列入期间再次发生列入情形，期满不予移出，列入期限延至 {c.ExpiresOn:yyyy-MM-dd}");
            }

            if (c.ExpiresOn < day && c.RemovalDueAt is null)
            {
                c.MakeRemovalDue(deadlines.Removal(c.ExpiresOn!.Value)); // B-TERM: 20 working days after expiry
                due++;
                var last = Civil.DateOf(c.RemovalDueAt!.Value.AddTicks(-1));
                Notify(c, DueKinds.RemovalDue, last, "decision", $"黑名单移出决定待作出：{Name(c)}",
                    $"列入期满（{c.ExpiresOn:yyyy-MM-dd}）且已改正，应于 {last:yyyy-MM-dd} 前作出移出决定");
            }
        }

        return (extended, due, 0);
    }

    private int ReviewRemovalDeadlines(List<BlacklistCase> due, DateOnly day)
    {
        foreach (var c in due)
        {
            var last = Civil.DateOf(c.RemovalDueAt!.Value.AddTicks(-1));
            if (last == day)
            {
                Notify(c, DueKinds.RemovalLastDay, last, "decision", $"今日为黑名单移出决定的最后期限：{Name(c)}", $"移出决定应于 {last:yyyy-MM-dd} 前作出");
            }
            else if (last < day)
            {
                Notify(c, DueKinds.RemovalOverdue, last, "decision", $"黑名单移出决定已逾期：{Name(c)}", $"移出决定应于 {last:yyyy-MM-dd} 前作出");
            }
        }

        return 0;
    }

    /// <summary>B-LIST: warned once at 15 working days after the decision, and once more when the 20 have passed.</summary>
    private int ReviewListings(List<BlacklistCase> open, DateOnly day)
    {
        var warned = 0;
        foreach (var c in open)
        {
            var last = Civil.DateOf(c.ListingDueAt.AddTicks(-1));
            var body = $"行政处理（处罚）决定 {c.DecisionNumber} 作出于 {c.DecisionDate:yyyy-MM-dd}，应于 {last:yyyy-MM-dd} 前作出列入决定";
            if (last < day)
            {
                Notify(c, DueKinds.ListingOverdue, last, "deadline", $"黑名单列入决定已逾期：{Name(c)}", body, "B-LIST");
                warned++;
            }
            else if (deadlines.WorkingDaysBetween(c.DecisionDate, day) >= deadlines.Options.ListingWarningWorkingDays)
            {
                Notify(c, DueKinds.ListingWarning, last, "deadline", $"黑名单列入决定即将到期：{Name(c)}", body, "B-LIST");
                warned++;
            }
        }

        return warned;
    }

    /// <summary>B-TERM: a new listing ground (another case on the same party) decided during the current term.</summary>
    private Task<bool> HasNewGroundAsync(BlacklistCase c, CancellationToken ct)
    {
        var years = c.Extensions == 0 && !c.IsRelisting ? deadlines.Options.FirstTermYears : deadlines.Options.RepeatTermYears;
        var start = CivilYears.Add(c.ExpiresOn!.Value, -years);
        // Past the data scope: another case on the same party counts whichever unit opened it.
        return db.Cases.IgnoreQueryFilters().OnAnyOf(c.Parties)
            .AnyAsync(o => o.Id != c.Id && o.DecisionDate > start && o.DecisionDate <= c.ExpiresOn, ct);
    }

    private void Notify(BlacklistCase c, string kind, DateOnly on, string inboxKind, string title, string body, string rule = "B-TERM") =>
        pending.Add((new DueNotice { CaseId = c.Id, Kind = kind, AboutDay = on, PostedAt = deadlines.Now },
            new InboxMessage(c.UnitCode, null, inboxKind, title, body, $"/blacklist/cases/{c.Id}", rule)));

    private static string Name(BlacklistCase c) => c.Parties.FirstOrDefault(p => p.Kind == PartyKind.Employer)?.Name ?? $"案件 {c.Id}";
}
