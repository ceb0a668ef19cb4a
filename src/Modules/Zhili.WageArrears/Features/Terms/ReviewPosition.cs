namespace Zhili.WageArrears.Features.Terms;

/// <summary>
/// Where the daily review has got to: which of its three passes (terms, removal deadlines, listings) and the last case
/// id done in it. The review reads each pass in id order one batch at a time, so a run over any number of cases holds
/// one batch in memory, and a run taken over after a crash starts after the last committed batch.
/// </summary>
public readonly record struct ReviewPosition(ReviewPass Pass, int After)
{
    public static readonly ReviewPosition Start = new(ReviewPass.Terms, 0);

    /// <summary>The first case of the next pass, or null after the last.</summary>
    public ReviewPosition? NextPass() => Pass == ReviewPass.Listings ? null : new ReviewPosition(Pass + 1, 0);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Pass}:{After}");

    /// <summary>Reads a stored position; anything else (no position, another notation) starts from the beginning.</summary>
    public static ReviewPosition Parse(string? text) =>
        text?.Split(':') is [var pass, var after] && Enum.TryParse<ReviewPass>(pass, out var p) && Enum.IsDefined(p)
            && int.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var a)
            ? new ReviewPosition(p, a)
            : Start;

    /// <summary>The pass's cases after this position (the caller orders by id and takes a batch).</summary>
    public IQueryable<BlacklistCase> Cases(WageArrearsDbContext db, DateOnly day)
    {
        var after = After;
        var cases = db.Cases.Where(c => c.Id > after && c.RemovedOn == null);
        var removalBy = Civil.StartOfDayUtc(day).AddDays(1);
        return Pass switch
        {
            ReviewPass.Terms => cases.Where(c => c.ListedOn != null && c.ExpiresOn <= day),
            ReviewPass.Removals => cases.Where(c => c.RemovalDueAt != null && c.RemovalDueAt <= removalBy),
            _ => cases.Where(c => c.ListedOn == null),
        };
    }
}

public enum ReviewPass
{
    Terms,
    Removals,
    Listings,
}
