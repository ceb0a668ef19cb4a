namespace Zhili.WageArrears.Domain;

public enum ListingState
{
    /// <summary>Awaiting the notice or the defence.</summary>
    Pending,

    /// <summary>B-LIST: 15 or more working days have passed since the administrative decision.</summary>
    Warning,

    /// <summary>B-LIST: the 20-working-day deadline has passed without a listing decision.</summary>
    Overdue,
    Listed,
    Removed,
}

public sealed partial class BlacklistCase
{
    // B-LIST with B-NOTICE: a listing needs a served notice whose defence window has closed (filed or waived).
    public void List(DateOnly decidedOn, DateTime decidedAtEndOfDay, bool isRelisting, int years)
    {
        if (ListedOn is not null || RemovedOn is not null)
        {
            throw new RuleViolationException("decidedOn", "已作出列入决定或已撤销", "B-LIST");
        }

        if (NoticeReceivedOn is null || decidedOn < NoticeReceivedOn)
        {
            throw new RuleViolationException("decidedOn", "列入前应当送达书面告知书", "B-NOTICE");
        }

        if (DefenceFiledOn is null && decidedAtEndOfDay <= DefenceDueAt)
        {
            throw new RuleViolationException("decidedOn", "陈述申辩期限尚未届满，不能作出列入决定", "B-NOTICE");
        }

        ListedOn = decidedOn;
        IsRelisting = isRelisting;
        ExpiresOn = CivilYears.Add(decidedOn, years); // B-TERM, K-YEAR
    }

    public ListingState ListingStateAt(int workingDaysSinceDecision, int warningAt, DateTime now) =>
        RemovedOn is not null ? ListingState.Removed
        : ListedOn is not null ? ListingState.Listed
        : now >= ListingDueAt ? ListingState.Overdue
        : workingDaysSinceDecision >= warningAt ? ListingState.Warning
        : ListingState.Pending;
}
