namespace Zhili.Kernel;

/// <summary>
/// K-TZ: civil dates are Asia/Shanghai dates; instants are stored in UTC.
/// </summary>
/// <remarks>
/// A fixed UTC+8 offset is used on purpose instead of <see cref="TimeZoneInfo"/>:
/// mainland China has had no daylight saving time since 1991, so for every date this app
/// handles (2000 onwards) Asia/Shanghai is exactly UTC+8. A fixed offset needs no tz database
/// (slim container images often lack /usr/share/zoneinfo, and Windows names the zone
/// "China Standard Time"), cannot change with an OS update, and costs nothing per call.
/// </remarks>
public static class Civil
{
    /// <summary>K-TZ: Asia/Shanghai is UTC+8 with no DST.</summary>
    public static readonly TimeSpan ShanghaiOffset = TimeSpan.FromHours(8);

    /// <summary>Today's civil (Asia/Shanghai) date according to <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>
    /// The civil (Asia/Shanghai) date of a UTC instant. A <see cref="DateTimeKind.Unspecified"/>
    /// value is taken as UTC (that is how timestamps come back from the database);
    /// a <see cref="DateTimeKind.Local"/> value is converted to UTC first.
    /// </summary>
    public static DateOnly DateOf(DateTime utcInstant) => DateOnly.FromDateTime(ShiftToShanghai(utcInstant));

    /// <summary>The same instant as a Beijing-time <see cref="DateTimeOffset"/> (+08:00).</summary>
    public static DateTimeOffset ToShanghai(DateTime utc) => new(ShiftToShanghai(utc), ShanghaiOffset);

    /// <summary>0:00 Asia/Shanghai at the start of <paramref name="day"/>, as a UTC instant (16:00 UTC of the day before).</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => EndOfDayUtc(day).AddDays(-1);

    /// <summary>
    /// 24:00 Asia/Shanghai at the end of <paramref name="day"/>, as a UTC instant (Kind Utc):
    /// 16:00 UTC of the same date, because 24:00 at UTC+8 is 16:00 UTC.
    /// </summary>
    public static DateTime EndOfDayUtc(DateOnly day) => day.ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc);

    private static DateTime ShiftToShanghai(DateTime instant)
    {
        var utc = instant.Kind == DateTimeKind.Local ? instant.ToUniversalTime() : instant;
        return DateTime.SpecifyKind(utc, DateTimeKind.Unspecified) + ShanghaiOffset;
    }
}
