using System.Globalization;
using System.Text.Json;
using Zhili.BuildingBlocks.Validation;

namespace Zhili.Kernel.Calendar;

/// <summary>
/// The State Council arrangement for one calendar year (K-WD-1): every date that differs from
/// "Monday–Friday work, Saturday/Sunday rest". Instances are always valid: they come from
/// <see cref="Parse"/> or <see cref="Create"/>, which both check the data strictly.
/// </summary>
public sealed partial record HolidayYear
{
    /// <summary>Earliest year accepted.</summary>
    public const int MinYear = 2000;

    /// <summary>Latest year accepted.</summary>
    public const int MaxYear = 2100;

    private HolidayYear(int year, string source, HolidayDay[] days)
    {
        Year = year;
        Source = source;
        Days = Array.AsReadOnly(days);
    }

    /// <summary>The calendar year; every date in <see cref="Days"/> lies in it.</summary>
    public int Year { get; }

    /// <summary>The notice(s) the dates come from, with the document number (发文字号).</summary>
    public string Source { get; }

    /// <summary>The listed dates, sorted ascending, no duplicates.</summary>
    public IReadOnlyList<HolidayDay> Days { get; }

    /// <summary>Builds a year from already typed values, with the same checks as <see cref="Parse"/>.</summary>
    /// <exception cref="CalendarDataException">The data breaks a rule; every fault is listed.</exception>
    public static HolidayYear Create(int year, string source, IEnumerable<HolidayDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (source is null)
        {
            throw new CalendarDataException(["source: 缺少字段 (missing field)"]);
        }

        var errors = new List<string>();
        var list = new List<(int Index, HolidayDay Day)>();
        var index = 0;
        foreach (var day in days)
        {
            if (day is null)
            {
                errors.Add($"days[{index}]: 不能为 null (must not be null)");
            }
            else if (string.IsNullOrWhiteSpace(day.Name))
            {
                errors.Add($"days[{index}].name: 不能为空 (must not be empty)");
            }
            else
            {
                list.Add((index, day));
            }

            index++;
        }

        return Build(year, source, index, list, errors);
    }

    private static HolidayYear Build(int? year, string? source, int? count, List<(int Index, HolidayDay Day)> days, List<string> errors)
    {
        // A missing or mistyped year, source or days array (null here) has already been reported by the caller.
        if (year is < MinYear or > MaxYear)
        {
            errors.Add($"year: {year} 超出 {MinYear}–{MaxYear} 范围 (year must be between {MinYear} and {MaxYear})");
        }

        if (source is not null && string.IsNullOrWhiteSpace(source))
        {
            errors.Add("source: 不能为空 (must not be empty)");
        }

        if (count == 0)
        {
            errors.Add("days: 不能为空 (must list at least one date)");
        }

        CheckDays(year is >= MinYear and <= MaxYear ? year : null, days, errors);

        if (errors.Count > 0 || year is null || source is null)
        {
            throw new CalendarDataException(errors);
        }

        return new HolidayYear(year.Value, source, days.Select(d => d.Day).ToArray());
    }

    private static void CheckDays(int? year, List<(int Index, HolidayDay Day)> days, List<string> errors)
    {
        DateOnly? previous = null;
        foreach (var (index, day) in days)
        {
            var path = $"days[{index}]";
            var iso = Iso(day.Date);
            if (year is not null && day.Date.Year != year)
            {
                errors.Add($"{path}.date: {iso} 不在 {year} 年内 (date is not in year {year})");
            }

            if (previous is { } p)
            {
                if (day.Date == p)
                {
                    errors.Add($"{path}.date: {iso} 重复 (duplicate date)");
                }
                else if (day.Date < p)
                {
                    errors.Add($"{path}.date: {iso} 未按升序排列，前一条是 {Iso(p)} (dates must be sorted ascending; the previous one is {Iso(p)})");
                }
            }

            // K-WD-1: a make-up working day (调休上班) is always a weekend day.
            if (!day.Off && day.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                errors.Add($"{path}: {iso} 是{ChineseWeekday(day.Date.DayOfWeek)}，off:false 只能用于星期六或星期日 " +
                           $"(off:false marks a make-up working day and must be a Saturday or Sunday; {iso} is a {day.Date.DayOfWeek})");
            }

            if (previous is null || day.Date > previous)
            {
                previous = day.Date;
            }
        }
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string ChineseWeekday(DayOfWeek d) => d switch
    {
        DayOfWeek.Monday => "星期一",
        DayOfWeek.Tuesday => "星期二",
        DayOfWeek.Wednesday => "星期三",
        DayOfWeek.Thursday => "星期四",
        DayOfWeek.Friday => "星期五",
        DayOfWeek.Saturday => "星期六",
        _ => "星期日",
    };

    /// <summary>Value equality, including the listed days.</summary>
    public bool Equals(HolidayYear? other) =>
        other is not null && Year == other.Year && Source == other.Source && Days.SequenceEqual(other.Days);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Source, Days.Count);

    /// <summary>Names and sources are published (calendar page and API): an imported file's text is cleaned as every intake's.</summary>
    private static string Clean(string? text) => CleanText.Clean(text ?? "");
}
