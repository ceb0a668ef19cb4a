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
public sealed partial class WorkingDayCalendar : IWorkingDayCalendar
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
}
