using System.Globalization;
using System.Text.Json;

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

    /// <summary>
    /// Parses and checks one year file (schema: ../data/cn-holidays/README.md):
    /// <c>{"year": 2024, "source": "…", "days": [{"date": "2024-01-01", "name": "元旦", "off": true}, …]}</c>.
    /// </summary>
    /// <exception cref="CalendarDataException">
    /// Bad JSON, a missing or mistyped field, an unknown field, a year outside 2000–2100, a date that is not
    /// real or not in <c>year</c>, duplicate or unsorted dates, or an <c>off:false</c> date that is not a
    /// Saturday or Sunday. Every fault found is listed.
    /// </exception>
    public static HolidayYear Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions
            {
                AllowDuplicateProperties = false,
                AllowTrailingCommas = false,
                CommentHandling = JsonCommentHandling.Disallow,
            });
        }
        catch (JsonException ex)
        {
            throw new CalendarDataException([$"JSON 格式错误 (invalid JSON): {ex.Message}"]);
        }

        using (document)
        {
            return FromDocument(document.RootElement);
        }
    }

    private static HolidayYear FromDocument(JsonElement root)
    {
        var errors = new List<string>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new CalendarDataException(["根节点必须是对象 (the root must be a JSON object)"]);
        }

        RejectUnknownFields(root, string.Empty, ["year", "source", "days"], errors);

        int? year = null;
        if (!root.TryGetProperty("year", out var yearElement))
        {
            errors.Add("year: 缺少字段 (missing field)");
        }
        else if (yearElement.ValueKind != JsonValueKind.Number || !yearElement.TryGetInt32(out var y))
        {
            errors.Add($"year: {yearElement.GetRawText()} 不是整数 (must be an integer)");
        }
        else
        {
            year = y;
        }

        string? source = null;
        if (!root.TryGetProperty("source", out var sourceElement))
        {
            errors.Add("source: 缺少字段 (missing field)");
        }
        else if (sourceElement.ValueKind != JsonValueKind.String)
        {
            errors.Add("source: 必须是字符串 (must be a string)");
        }
        else
        {
            source = sourceElement.GetString();
        }

        var days = new List<(int Index, HolidayDay Day)>();
        int? count = null;
        if (!root.TryGetProperty("days", out var daysElement))
        {
            errors.Add("days: 缺少字段 (missing field)");
        }
        else if (daysElement.ValueKind != JsonValueKind.Array)
        {
            errors.Add("days: 必须是数组 (must be an array)");
        }
        else
        {
            var index = 0;
            foreach (var item in daysElement.EnumerateArray())
            {
                var day = ReadDay(item, index, errors);
                if (day is not null)
                {
                    days.Add((index, day));
                }

                index++;
            }

            count = index;
        }

        return Build(year, source, count, days, errors);
    }

    private static HolidayDay? ReadDay(JsonElement item, int index, List<string> errors)
    {
        var path = $"days[{index}]";
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: 必须是对象 (must be an object)");
            return null;
        }

        RejectUnknownFields(item, path + ".", ["date", "name", "off"], errors);
        var ok = true;

        DateOnly date = default;
        if (!item.TryGetProperty("date", out var dateElement))
        {
            errors.Add($"{path}.date: 缺少字段 (missing field)");
            ok = false;
        }
        else if (dateElement.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{path}.date: 必须是 yyyy-MM-dd 格式的字符串 (must be a string yyyy-MM-dd)");
            ok = false;
        }
        else if (!TryParseIsoDate(dateElement.GetString()!, out date))
        {
            errors.Add($"{path}.date: {dateElement.GetString()} 不是有效日期 (not a valid date, expected yyyy-MM-dd)");
            ok = false;
        }

        string? name = null;
        if (!item.TryGetProperty("name", out var nameElement))
        {
            errors.Add($"{path}.name: 缺少字段 (missing field)");
            ok = false;
        }
        else if (nameElement.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(nameElement.GetString()))
        {
            errors.Add($"{path}.name: 必须是非空字符串 (must be a non-empty string)");
            ok = false;
        }
        else
        {
            name = nameElement.GetString();
        }

        var off = false;
        if (!item.TryGetProperty("off", out var offElement))
        {
            errors.Add($"{path}.off: 缺少字段 (missing field)");
            ok = false;
        }
        else if (offElement.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            errors.Add($"{path}.off: 必须是 true 或 false (must be true or false)");
            ok = false;
        }
        else
        {
            off = offElement.GetBoolean();
        }

        return ok ? new HolidayDay(date, name!, off) : null;
    }

    private static bool TryParseIsoDate(string text, out DateOnly date)
    {
        // Exactly yyyy-MM-dd: ten characters, digits and two dashes, then a real calendar date.
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (i is not (4 or 7) && !char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static void RejectUnknownFields(JsonElement element, string prefix, string[] known, List<string> errors)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(known, property.Name) < 0)
            {
                errors.Add($"{prefix}{property.Name}: 未知字段 (unknown field)");
            }
        }
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
}
