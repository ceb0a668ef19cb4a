using Microsoft.EntityFrameworkCore;
using Zhili.BuildingBlocks.Inbox;
using Zhili.WageArrears.Data;
using Zhili.WageArrears.Domain;

namespace Zhili.WageArrears.Features.Terms;

public sealed record TermReview(int Extended, int RemovalDue, int ListingWarnings);

/// <summary>
/// B-TERM and B-LIST follow-up, for a scheduled job (or staff) to call: extends expired entries that were not corrected
/// (or had a new ground), makes the removal decision due for corrected ones, and tells the responsible office.
/// </summary>
public sealed class TermService(WageArrearsDbContext db, Deadlines deadlines, IInbox inbox)
{
    public async Task<TermReview> ReviewAsync(CancellationToken ct)
    {
        var today = deadlines.Today;
        var expired = await db.Cases.Include(c => c.Parties)
            .Where(c => c.ListedOn != null && c.RemovedOn == null && c.ExpiresOn < today).ToListAsync(ct);
        int extended = 0, due = 0;
        foreach (var c in expired)
        {
            // Extensions may have to repeat when the review ran late (each adds 2 years from the previous expiry).
            while (c.ExpiresOn < today && (c.CorrectedOn is null || c.CorrectedOn > c.ExpiresOn || await HasNewGroundAsync(c, ct)))
            {
                c.Extend(deadlines.Options.RepeatTermYears); // B-TERM: automatic 2-year extension
                extended++;
            }

            if (c.ExpiresOn < today && c.RemovalDueAt is null)
            {
                c.MakeRemovalDue(deadlines.Removal(c.ExpiresOn!.Value)); // B-TERM: 20 working days after expiry
                due++;
                await inbox.PostAsync(new InboxMessage(c.UnitCode, null, "deadline", $"黑名单移出决定待作出：{c.Parties[0].Name}",
                    $"列入期满（{c.ExpiresOn:yyyy-MM-dd}）且已改正，应于 {Kernel.Civil.DateOf(c.RemovalDueAt!.Value.AddTicks(-1)):yyyy-MM-dd} 前作出移出决定",
                    $"/blacklist/cases/{c.Id}", "B-TERM"), ct);
            }
        }

        await db.SaveChangesAsync(ct);
        return new TermReview(extended, due, await WarnListingsAsync(ct));
    }

    /// <summary>B-TERM: a new listing ground (another case on the same employer) decided during the current term.</summary>
    private Task<bool> HasNewGroundAsync(BlacklistCase c, CancellationToken ct)
    {
        var codes = c.Parties.Select(p => p.CreditCode).ToList();
        var start = Kernel.Calendar.CivilYears.Add(c.ExpiresOn!.Value, -(c.Extensions == 0 && !c.IsRelisting ? deadlines.Options.FirstTermYears : deadlines.Options.RepeatTermYears));
        return db.Cases.IgnoreQueryFilters().AnyAsync(o => o.Id != c.Id && o.DecisionDate > start && o.DecisionDate <= c.ExpiresOn
            && o.Parties.Any(p => codes.Contains(p.CreditCode)), ct);
    }

    /// <summary>B-LIST: posts a warning for each case at 15 working days and an overdue notice after 20, without a listing decision.</summary>
    public async Task<int> WarnListingsAsync(CancellationToken ct)
    {
        var open = await db.Cases.Include(c => c.Parties).Where(c => c.ListedOn == null && c.RemovedOn == null).ToListAsync(ct);
        var posted = 0;
        foreach (var c in open)
        {
            var state = deadlines.ListingState(c);
            if (state is ListingState.Warning or ListingState.Overdue)
            {
                var title = state == ListingState.Overdue ? "黑名单列入决定已逾期" : "黑名单列入决定即将到期";
                await inbox.PostAsync(new InboxMessage(c.UnitCode, null, "deadline", $"{title}：{c.Parties[0].Name}",
                    $"行政处理（处罚）决定 {c.DecisionNumber} 作出于 {c.DecisionDate:yyyy-MM-dd}，应在 20 个工作日内作出列入决定",
                    $"/blacklist/cases/{c.Id}", "B-LIST"), ct);
                posted++;
            }
        }

        return posted;
    }
}
