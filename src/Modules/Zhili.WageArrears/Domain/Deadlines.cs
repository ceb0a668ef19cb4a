using Microsoft.Extensions.Options;

namespace Zhili.WageArrears.Domain;

/// <summary>Every blacklist deadline, from the kernel's working-day calendar and the [decision] defaults.</summary>
public sealed class Deadlines(IWorkingDayCalendar calendar, IOptions<BlacklistOptions> options, TimeProvider clock)
{
    public BlacklistOptions Options => options.Value;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public DateOnly Today => Civil.Today(clock);

    private DateTime Due(DateOnly from, int workingDays) => calendar.EndOfDayUtc(calendar.AddWorkingDays(from, workingDays));

    /// <summary>B-LIST: 20 working days from the administrative decision (K-WD-2).</summary>
    public DateTime Listing(DateOnly decisionDate) => Due(decisionDate, Options.ListingWorkingDays);

    /// <summary>B-NOTICE: 5 working days from receipt of the notice (K-WD-2).</summary>
    public DateTime Defence(DateOnly receivedOn) => Due(receivedOn, Options.DefenceWorkingDays);

    /// <summary>B-OBJ: 15 working days from receipt of the objection.</summary>
    public DateTime Objection(DateOnly receivedOn) => Due(receivedOn, Options.ObjectionWorkingDays);

    /// <summary>B-OBJ: the one extension adds 10 working days to the original deadline day.</summary>
    public DateTime ObjectionExtended(DateTime dueAt) =>
        Due(Civil.DateOf(dueAt.AddTicks(-1)), Options.ObjectionExtensionWorkingDays);

    /// <summary>B-TERM: 20 working days after the expiry day.</summary>
    public DateTime Removal(DateOnly expiresOn) => Due(expiresOn, Options.RemovalWorkingDays);

    public DateTime EndOf(DateOnly day) => calendar.EndOfDayUtc(day);

    public int WorkingDaysSince(DateOnly day) => calendar.WorkingDaysBetween(day, Today);

    /// <summary>K-WD-3: working days in (<paramref name="from"/>, <paramref name="to"/>].</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to) => calendar.WorkingDaysBetween(from, to);

    /// <summary>
    /// B-LIST: the latest decision date whose case is warned on <paramref name="day"/>: a decision on day D is warned once
    /// (D, day] holds <see cref="BlacklistOptions.ListingWarningWorkingDays"/> working days, that is when D is before the
    /// 15th working day counted back from the day after <paramref name="day"/>.
    /// </summary>
    public DateOnly WarnedIfDecidedBefore(DateOnly day) => calendar.AddWorkingDays(day.AddDays(1), -Options.ListingWarningWorkingDays);

    public ListingState ListingState(BlacklistCase c) =>
        c.ListingStateAt(WorkingDaysSince(c.DecisionDate), Options.ListingWarningWorkingDays, Now);
}
