using System.Collections.ObjectModel;

namespace Zhili.Kernel.Calendar;

/// <summary>K-WD-1: the holiday arrangements shipped inside the assembly (2018 onwards).</summary>
public static class HolidayData
{
    /// <summary>Logical resource names are <c>Zhili.Kernel.Holidays.{year}.json</c> (see Zhili.Kernel.csproj).</summary>
    public const string ResourcePrefix = "Zhili.Kernel.Holidays.";

    private const string ResourceSuffix = ".json";

    private static readonly Lazy<ReadOnlyCollection<HolidayYear>> ShippedYears = new(Load);

    /// <summary>Every embedded year, ascending. Parsed once; the records are immutable.</summary>
    /// <exception cref="CalendarDataException">An embedded file is broken (a build defect).</exception>
    public static IReadOnlyList<HolidayYear> Shipped() => ShippedYears.Value;

    private static ReadOnlyCollection<HolidayYear> Load()
    {
        var assembly = typeof(HolidayData).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

        var years = new List<HolidayYear>(names.Length);
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new CalendarDataException([$"{name}: 资源不存在 (resource not found)"]);
            using var reader = new StreamReader(stream);
            HolidayYear year;
            try
            {
                year = HolidayYear.Parse(reader.ReadToEnd());
            }
            catch (CalendarDataException ex)
            {
                throw new CalendarDataException([.. ex.Messages.Select(e => $"{name}: {e}")]);
            }

            var expected = name[ResourcePrefix.Length..^ResourceSuffix.Length];
            if (year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) != expected)
            {
                throw new CalendarDataException([$"{name}: 文件名与 year {year.Year} 不符 (file name does not match year {year.Year})"]);
            }

            years.Add(year);
        }

        return years.AsReadOnly();
    }
}
