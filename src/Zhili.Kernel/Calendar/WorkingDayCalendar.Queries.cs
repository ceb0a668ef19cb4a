namespace Zhili.Kernel.Calendar;

/// <summary>The calendar's answers (K-WD-1/2/3), read from the table the constructor precomputed.</summary>
public sealed partial class WorkingDayCalendar
{
    /// <inheritdoc />
    public bool IsWorkingDay(DateOnly day)
    {
        var lastReported = 0;
        return IsWorkingDayNumber(day.DayNumber, ref lastReported);
    }

    /// <inheritdoc />
    public DateOnly AddWorkingDays(DateOnly from, int n)
    {
        if (n == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "n 不能为 0 (n must not be 0: use n > 0 for after, n < 0 for before)");
        }

        // K-WD-2: from itself never counts; step one day at a time and count working days.
        var step = n > 0 ? 1 : -1;
        var remaining = n > 0 ? (long)n : -(long)n;
        var dayNumber = from.DayNumber;
        var lastReported = 0;
        while (remaining > 0)
        {
            dayNumber += step;
            if (dayNumber < 0 || dayNumber > MaxDayNumber)
            {
                throw new ArgumentOutOfRangeException(nameof(n), n, "结果超出日期范围 (the result is outside the supported date range)");
            }

            if (IsWorkingDayNumber(dayNumber, ref lastReported))
            {
                remaining--;
            }
        }

        return DateOnly.FromDayNumber(dayNumber);
    }

    /// <inheritdoc />
    public int WorkingDaysBetween(DateOnly fromExclusive, DateOnly toInclusive)
    {
        // K-WD-3: working days in (from, to].
        if (toInclusive <= fromExclusive)
        {
            return 0;
        }

        var from = fromExclusive.DayNumber;
        var to = toInclusive.DayNumber;
        if (_onUncoveredYear is not null)
        {
            ReportUncoveredYears(DateOnly.FromDayNumber(from + 1).Year, toInclusive.Year);
        }

        return CountUpTo(to) - CountUpTo(from);
    }

    /// <inheritdoc />
    public DateTime EndOfDayUtc(DateOnly day) => Civil.EndOfDayUtc(day);

    private bool IsWorkingDayNumber(int dayNumber, ref int lastReported)
    {
        var i = dayNumber - _firstDayNumber;
        if ((uint)i < (uint)_flags.Length)
        {
            var flags = _flags[i];
            if ((flags & Uncovered) == 0)
            {
                return (flags & Working) != 0;
            }
        }

        // K-WD-1: no data for this year: Monday–Friday, and say so.
        if (_onUncoveredYear is not null)
        {
            var year = DateOnly.FromDayNumber(dayNumber).Year;
            if (year != lastReported)
            {
                lastReported = year;
                _onUncoveredYear(year);
            }
        }

        return IsWeekday(dayNumber);
    }

    private void ReportUncoveredYears(int firstYear, int lastYear)
    {
        for (var year = firstYear; year <= lastYear; year++)
        {
            if (!Coverage.CoversYear(year))
            {
                _onUncoveredYear!(year);
            }
        }
    }

    /// <summary>Working days in [DayNumber 0, dayNumber].</summary>
    private int CountUpTo(int dayNumber)
    {
        if (dayNumber < _firstDayNumber)
        {
            return WeekdaysUpTo(dayNumber);
        }

        if (dayNumber <= _lastDayNumber)
        {
            return _countBefore + _running[dayNumber - _firstDayNumber + 1];
        }

        return _countAfterOffset + WeekdaysUpTo(dayNumber);
    }

    /// <summary>DayNumber 0 (0001-01-01) is a Monday, so DayNumber % 7 is 0 for Monday … 6 for Sunday.</summary>
    private static bool IsWeekday(int dayNumber) => dayNumber % 7 < 5;

    /// <summary>Monday–Friday days in [DayNumber 0, dayNumber]; 0 for dayNumber = -1.</summary>
    private static int WeekdaysUpTo(int dayNumber)
    {
        var days = dayNumber + 1;
        return (days / 7 * 5) + Math.Min(days % 7, 5);
    }
}
