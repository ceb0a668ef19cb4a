namespace Zhili.Kernel.Calendar;

/// <summary>
/// Working days (工作日) per K-WD-1, and the deadline arithmetic of K-WD-2 / K-WD-3.
/// </summary>
public interface IWorkingDayCalendar
{
    /// <summary>K-WD-1: a listed make-up day, or Monday–Friday not listed as a day off.</summary>
    bool IsWorkingDay(DateOnly day);

    /// <summary>
    /// K-WD-2: <paramref name="n"/> &gt; 0 gives the n-th working day strictly after <paramref name="from"/>;
    /// n &lt; 0 the |n|-th working day strictly before it. <paramref name="from"/> itself never counts.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is 0, or the result is outside <see cref="DateOnly"/>.</exception>
    DateOnly AddWorkingDays(DateOnly from, int n);

    /// <summary>K-WD-3: the number of working days in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>]; 0 if to &lt;= from.</summary>
    int WorkingDaysBetween(DateOnly fromExclusive, DateOnly toInclusive);

    /// <summary>K-WD-2 / K-TZ: 24:00 Asia/Shanghai at the end of <paramref name="day"/>, as a UTC instant (Kind Utc).</summary>
    DateTime EndOfDayUtc(DateOnly day);

    /// <summary>The years with holiday data.</summary>
    CalendarCoverage Coverage { get; }
}
