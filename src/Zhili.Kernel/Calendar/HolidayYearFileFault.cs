using System.Text.Json;

namespace Zhili.Kernel.Calendar;

/// <summary>Turns the serializer's fault (its JSON path) into a message naming the field and what it must be.</summary>
internal static partial class HolidayYearFileFault
{
    private static readonly string[] YearFields = ["year", "source", "days"];
    private static readonly string[] DayFields = ["date", "name", "off"];

    /// <summary>The message for a fault at <paramref name="path"/> (e.g. <c>$.days[0].off</c>), or null for a path it cannot follow.</summary>
    public static string? Describe(string? path, JsonElement root)
    {
        var element = root;
        var field = "";
        string? leaf = null;
        foreach (Match segment in Segment().Matches(path ?? ""))
        {
            if (segment.Groups["index"].Success)
            {
                var index = int.Parse(segment.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (element.ValueKind != JsonValueKind.Array || index >= element.GetArrayLength())
                {
                    return null;
                }

                (element, field, leaf) = (element[index], $"{field}[{index}]", null);
            }
            else
            {
                leaf = segment.Groups["name"].Success ? segment.Groups["name"].Value : segment.Groups["quoted"].Value;
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(leaf, out element))
                {
                    return null;
                }

                field = field.Length == 0 ? leaf : $"{field}.{leaf}";
            }
        }

        // The fault sits on an object of the right kind (the root or a day): one of its fields is missing.
        if (leaf is null && element.ValueKind == JsonValueKind.Object)
        {
            var missing = (field.Length == 0 ? YearFields : DayFields).FirstOrDefault(f => !element.TryGetProperty(f, out _));
            return missing is null ? null : $"{(field.Length == 0 ? missing : $"{field}.{missing}")}: 缺少字段 (missing field)";
        }

        if (leaf is not null && !(field.Contains('.', StringComparison.Ordinal) ? DayFields : YearFields).Contains(leaf))
        {
            return $"{field}: 未知字段 (unknown field)";
        }

        return $"{field}: " + leaf switch
        {
            "year" => $"{element.GetRawText()} 不是整数 (must be an integer)",
            "source" => "必须是字符串 (must be a string)",
            "days" => "必须是数组 (must be an array)",
            "date" => "必须是 yyyy-MM-dd 格式的字符串 (must be a string yyyy-MM-dd)",
            "name" => "必须是非空字符串 (must be a non-empty string)",
            "off" => "必须是 true 或 false (must be true or false)",
            _ => "必须是对象 (must be an object)",
        };
    }

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<quoted>[^']*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex Segment();
}
