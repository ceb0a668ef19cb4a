namespace Zhili.Kernel.Calendar;

/// <summary>
/// Immutable working-day calendar (K-WD-1/2/3) built from holiday years. Thread-safe because immutable.
/// </summary>
/// <remarks>
/// Every day from 1 January of the first covered year to 31 December of the last one gets a precomputed
/// flag, plus a running count of working days, so <see cref="IsWorkingDay"/> and
/// <see cref="WorkingDaysBetween"/> are O(1) and no call allocates. Outside the data (and in a gap year
/// between covered years) Monday–Friday count as working days (K-WD-1) and the optional
/// <c>onUncoveredYear</c> callback is called with the year, once per year per calculation.
/// </remarks>
public sealed class WorkingDayCalendar : IWorkingDayCalendar
{
    private const byte Working = 1;
    private const byte Uncovered = 2;

    private static readonly int MaxDayNumber = DateOnly.MaxValue.DayNumber;

    private readonly byte[] _flags;
    private readonly int[] _running;
    private readonly int _firstDayNumber;
    private readonly int _lastDayNumber;
    private readonly int _countBefore;
    private readonly int _countAfterOffset;
    private readonly Action<int>? _onUncoveredYear;

    /// <param name="years">Holiday years; a later entry for the same year replaces an earlier one (admin imports override shipped data).</param>
    /// <param name="onUncoveredYear">Called with the year whenever a calculation touches a date without holiday data.</param>
    public WorkingDayCalendar(IEnumerable<HolidayYear> years, Action<int>? onUncoveredYear = null)
    {
        ArgumentNullException.ThrowIfNull(years);
        _onUncoveredYear = onUncoveredYear;

        var byYear = new SortedDictionary<int, HolidayYear>();
        foreach (var year in years)
        {
            ArgumentNullException.ThrowIfNull(year, nameof(years));
            byYear[year.Year] = year;
        }

        Years = byYear.Values.ToList().AsReadOnly();
        Coverage = new CalendarCoverage(byYear.Keys);
        if (byYear.Count == 0)
        {
            _flags = [];
            _running = [0];
            _firstDayNumber = 0;
            _lastDayNumber = -1;
            return;
        }

        var firstYear = byYear.Keys.First();
        var lastYear = byYear.Keys.Last();
        _firstDayNumber = new DateOnly(firstYear, 1, 1).DayNumber;
        _lastDayNumber = new DateOnly(lastYear, 12, 31).DayNumber;
        _flags = new byte[_lastDayNumber - _firstDayNumber + 1];

        for (var year = firstYear; year <= lastYear; year++)
        {
            var start = new DateOnly(year, 1, 1).DayNumber - _firstDayNumber;
            var end = new DateOnly(year, 12, 31).DayNumber - _firstDayNumber;
            var mark = byYear.ContainsKey(year) ? (byte)0 : Uncovered;
            for (var i = start; i <= end; i++)
            {
                // K-WD-1: Monday–Friday by default.
                _flags[i] = (byte)(mark | (IsWeekday(_firstDayNumber + i) ? Working : 0));
            }
        }

        foreach (var holidayYear in byYear.Values)
        {
            foreach (var day in holidayYear.Days)
            {
                // K-WD-1: off:true is a day off even on a weekday; off:false is a weekend make-up working day.
                _flags[day.Date.DayNumber - _firstDayNumber] = day.Off ? (byte)0 : Working;
            }
        }

        _running = new int[_flags.Length + 1];
        for (var i = 0; i < _flags.Length; i++)
        {
            _running[i + 1] = _running[i] + (_flags[i] & Working);
        }

        _countBefore = WeekdaysUpTo(_firstDayNumber - 1);
        _countAfterOffset = _countBefore + _running[^1] - WeekdaysUpTo(_lastDayNumber);
    }

    /// <inheritdoc />
    public CalendarCoverage Coverage { get; }

    /// <summary>The holiday years in use, ascending by year (after later entries replaced earlier ones).</summary>
    public IReadOnlyList<HolidayYear> Years { get; }

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
