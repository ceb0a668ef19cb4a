namespace Zhili.Kernel.Calendar;

/// <summary>
/// The State Council arrangement for one calendar year (K-WD-1): every date that differs from
/// "Monday–Friday work, Saturday/Sunday rest". Instances are always valid: they come from
/// <see cref="Parse"/> or <see cref="Create"/>, which both check the data strictly.
/// </summary>
public sealed record HolidayYear
{
    /// <summary>Earliest year accepted.</summary>
    public const int MinYear = 2000;

    /// <summary>Latest year accepted.</summary>
    public const int MaxYear = 2100;

    private static readonly HolidayYearFileValidator Validator = new();

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

    /// <summary>Parses and checks one year file (schema: ../data/cn-holidays/README.md).</summary>
    /// <exception cref="CalendarDataException">
    /// The first fault of form (bad JSON, a missing, mistyped or unknown field), or else every fault of content:
    /// a year outside 2000–2100, a date that is not real or not in <c>year</c>, duplicate or unsorted dates,
    /// an empty name or source, or an <c>off:false</c> date that is not a Saturday or Sunday.
    /// </exception>
    public static HolidayYear Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return FromFile(HolidayYearFile.Read(json));
    }

    /// <summary>Builds a year from already typed values, with the same checks as <see cref="Parse"/>.</summary>
    /// <exception cref="CalendarDataException">The data breaks a rule; every fault is listed.</exception>
    public static HolidayYear Create(int year, string source, IEnumerable<HolidayDay> days)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(days);
        var entries = days.Select(d => d is null ? null
            : new HolidayYearFile.Day(d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Name, d.Off));
        return FromFile(new HolidayYearFile(year, source, entries.ToArray()));
    }

    private static HolidayYear FromFile(HolidayYearFile file)
    {
        file = file.Cleaned();
        var result = Validator.Validate(file);
        if (!result.IsValid)
        {
            throw new CalendarDataException(result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}").ToArray());
        }

        var days = file.Days.Select(d => new HolidayDay(DateOnly.ParseExact(d!.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture), d.Name, d.Off));
        return new HolidayYear(file.Year, file.Source, days.ToArray());
    }

    /// <summary>Value equality, including the listed days.</summary>
    public bool Equals(HolidayYear? other) =>
        other is not null && Year == other.Year && Source == other.Source && Days.SequenceEqual(other.Days);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Source, Days.Count);
}
