using System.Collections.Concurrent;

namespace Zhili.Kernel.Calendar;

/// <summary>
/// The host's single working-day calendar. It delegates to an immutable <see cref="WorkingDayCalendar"/> that
/// <see cref="Replace"/> swaps atomically when an administrator loads a year's arrangement.
/// It remembers every year without data that a calculation touched (K-WD-1: shown in health output).
/// </summary>
public sealed class CalendarHolder : IWorkingDayCalendar
{
    private readonly Action<int>? _onUncoveredYear;
    private readonly ConcurrentDictionary<int, byte> _touched = new();
    private WorkingDayCalendar _current;

    /// <summary>Starts with the shipped data (<see cref="HolidayData.Shipped"/>).</summary>
    /// <param name="onUncoveredYear">Called (e.g. to log a warning) the first time a year without data is touched.</param>
    public CalendarHolder(Action<int>? onUncoveredYear = null)
    {
        _onUncoveredYear = onUncoveredYear;
        _current = new WorkingDayCalendar(HolidayData.Shipped(), RecordUncovered);
    }

    /// <summary>The calendar in use now.</summary>
    public IWorkingDayCalendar Current => Volatile.Read(ref _current);

    /// <summary>Years without holiday data that some calculation touched, ascending (K-WD-1 health warning).</summary>
    public IReadOnlyCollection<int> UncoveredYearsTouched => _touched.Keys.Order().ToArray();

    /// <summary>The holiday years in use now, ascending by year.</summary>
    public IReadOnlyList<HolidayYear> Years => Volatile.Read(ref _current).Years;

    /// <inheritdoc />
    public CalendarCoverage Coverage => Volatile.Read(ref _current).Coverage;

    /// <summary>
    /// Swaps in a calendar built from <paramref name="years"/> (pass shipped and imported years together;
    /// a later entry for the same year wins). Years now covered are dropped from <see cref="UncoveredYearsTouched"/>.
    /// </summary>
    public void Replace(IEnumerable<HolidayYear> years)
    {
        var next = new WorkingDayCalendar(years, RecordUncovered);
        Volatile.Write(ref _current, next);
        foreach (var year in _touched.Keys)
        {
            if (next.Coverage.CoversYear(year))
            {
                _touched.TryRemove(year, out _);
            }
        }
    }

    /// <inheritdoc />
    public bool IsWorkingDay(DateOnly day) => Volatile.Read(ref _current).IsWorkingDay(day);

    /// <inheritdoc />
    public DateOnly AddWorkingDays(DateOnly from, int n) => Volatile.Read(ref _current).AddWorkingDays(from, n);

    /// <inheritdoc />
    public int WorkingDaysBetween(DateOnly fromExclusive, DateOnly toInclusive) =>
        Volatile.Read(ref _current).WorkingDaysBetween(fromExclusive, toInclusive);

    /// <inheritdoc />
    public DateTime EndOfDayUtc(DateOnly day) => Civil.EndOfDayUtc(day);

    private void RecordUncovered(int year)
    {
        // Hot path: a lock-free lookup once the year is known.
        if (_touched.ContainsKey(year) || Volatile.Read(ref _current).Coverage.CoversYear(year))
        {
            return;
        }

        if (_touched.TryAdd(year, 0))
        {
            _onUncoveredYear?.Invoke(year);
        }
    }
}
