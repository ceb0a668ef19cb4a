namespace Zhili.Kernel.Calendar;

/// <summary>The calendar years for which holiday data is loaded (K-WD-1).</summary>
public sealed class CalendarCoverage
{
    private readonly int[] _years;

    public CalendarCoverage(IEnumerable<int> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        _years = years.Distinct().Order().ToArray();
        Years = Array.AsReadOnly(_years);
    }

    /// <summary>Covered years, ascending, without duplicates.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The first covered year, or null without data.</summary>
    public int? FirstYear => _years.Length == 0 ? null : _years[0];

    /// <summary>The last covered year, or null without data.</summary>
    public int? LastYear => _years.Length == 0 ? null : _years[^1];

    /// <summary>Whether the year of <paramref name="day"/> has holiday data.</summary>
    public bool Covers(DateOnly day) => CoversYear(day.Year);

    /// <summary>Whether <paramref name="year"/> has holiday data.</summary>
    public bool CoversYear(int year) => Array.BinarySearch(_years, year) >= 0;
}
