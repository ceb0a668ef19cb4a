namespace Zhili.WageArrears.Domain;

/// <summary>
/// B-TERM, B-LIST: a notice the daily review has posted to the responsible office, kept so that running the review
/// again (the same day, or on another node) posts nothing twice: one notice per case, kind and the day it is about.
/// </summary>
public sealed class DueNotice
{
    public int Id { get; private set; }

    public int CaseId { get; init; }

    /// <summary>See <see cref="DueKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The day the notice is about: the expiry day, the new expiry, or the deadline day.</summary>
    public DateOnly AboutDay { get; init; }

    public DateTime PostedAt { get; init; }
}

public static class DueKinds
{
    /// <summary>B-TERM: the term ends today.</summary>
    public const string Expiring = "expiring";

    /// <summary>B-TERM: expired without correction (or with a new ground): extended automatically by 2 years.</summary>
    public const string Extended = "extended";

    /// <summary>B-TERM: expired and corrected: the removal decision is due within 20 working days.</summary>
    public const string RemovalDue = "removal-due";

    /// <summary>B-TERM: today is the last day for the removal decision.</summary>
    public const string RemovalLastDay = "removal-last-day";

    /// <summary>B-TERM: the removal decision is overdue.</summary>
    public const string RemovalOverdue = "removal-overdue";

    /// <summary>B-LIST: 15 working days have passed since the administrative decision.</summary>
    public const string ListingWarning = "listing-warning";

    /// <summary>B-LIST: the 20-working-day deadline has passed without a listing decision.</summary>
    public const string ListingOverdue = "listing-overdue";
}
