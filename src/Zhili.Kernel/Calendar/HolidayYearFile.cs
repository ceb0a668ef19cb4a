using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zhili.Kernel.Calendar;

/// <summary>
/// A year file as written (schema: ../data/cn-holidays/README.md), read strictly by System.Text.Json:
/// <c>{"year": 2024, "source": "…", "days": [{"date": "2024-01-01", "name": "元旦", "off": true}, …]}</c>.
/// Dates stay text here so that a bad date is listed with the other faults by <see cref="HolidayYearFileValidator"/>.
/// </summary>
internal sealed record HolidayYearFile(int Year, string Source, IReadOnlyList<HolidayYearFile.Day?> Days)
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowDuplicateProperties = false };

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Reads the file; the first fault of form (bad JSON, a missing, mistyped or unknown field) is thrown.</summary>
    /// <exception cref="CalendarDataException">The text is not a year file; the message names the field.</exception>
    public static HolidayYearFile Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new CalendarDataException([$"JSON 格式错误 (invalid JSON): {ex.Message}"]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new CalendarDataException(["根节点必须是对象 (the root must be a JSON object)"]);
            }

            try
            {
                return root.Deserialize<HolidayYearFile>(Options)!;
            }
            catch (JsonException ex)
            {
                throw new CalendarDataException([HolidayYearFileFault.Describe(ex.Path, root) ?? ex.Message]);
            }
        }
    }

    /// <summary>Names and sources are published (calendar page and API): the file's text is cleaned as every intake's.</summary>
    public HolidayYearFile Cleaned() => this with
    {
        Source = CleanText.Clean(Source ?? ""),
        Days = Days?.Select(d => d is null ? null : d with { Name = CleanText.Clean(d.Name ?? "") }).ToArray() ?? [],
    };

    /// <summary>One listed date; <see cref="Off"/> false is a weekend make-up working day (K-WD-1).</summary>
    internal sealed record Day(string Date, string Name, bool Off);
}
