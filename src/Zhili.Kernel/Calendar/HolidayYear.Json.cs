using System.Globalization;
using System.Text.Json;

namespace Zhili.Kernel.Calendar;

/// <summary>Reading a year file (the JSON schema of the shipped data), with every fault listed.</summary>
public sealed partial record HolidayYear
{
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
            source = Clean(sourceElement.GetString());
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
        else if (nameElement.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(Clean(nameElement.GetString())))
        {
            errors.Add($"{path}.name: 必须是非空字符串 (must be a non-empty string)");
            ok = false;
        }
        else
        {
            name = Clean(nameElement.GetString());
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
}
