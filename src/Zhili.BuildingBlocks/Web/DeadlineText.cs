namespace Zhili.BuildingBlocks.Web;

/// <summary>
/// How every page writes a deadline: the civil day in Asia/Shanghai it ends on, a deadline at midnight as that day's
/// "24:00" (a deadline stored as 2026-12-06 00:00 reads "2026-12-05 24:00", never the next day), any other instant as
/// its day and minute.
/// </summary>
public static class DeadlineText
{
    // K-TZ: Asia/Shanghai is UTC+8 without daylight saving (the kernel's Civil says why a fixed offset is used).
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    /// <summary>"2026-12-05 24:00", "2026-12-05 15:30", or "—" when there is none.</summary>
    public static string Of(DateTime? instant)
    {
        if (instant is not { } at)
        {
            return "—";
        }

        var local = Local(at);
        return local.TimeOfDay == TimeSpan.Zero
            ? local.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 24:00"
            : local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>The same with "前" (by): "2026-12-05 24:00前", as notices to the public word it.</summary>
    public static string By(DateTime? instant) => instant is null ? "—" : Of(instant) + "前";

    /// <summary>The instant as an ISO 8601 UTC value for a <c>&lt;time datetime&gt;</c> attribute.</summary>
    public static string Iso(DateTime instant) =>
        Utc(instant).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static DateTime Local(DateTime instant) => DateTime.SpecifyKind(Utc(instant), DateTimeKind.Unspecified) + Shanghai;

    /// <summary>A value read back from the database comes unspecified: it is UTC, as every stored instant is.</summary>
    private static DateTime Utc(DateTime instant) =>
        instant.Kind == DateTimeKind.Local ? instant.ToUniversalTime() : DateTime.SpecifyKind(instant, DateTimeKind.Utc);
}
