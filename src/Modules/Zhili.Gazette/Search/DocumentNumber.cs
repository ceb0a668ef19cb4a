namespace Zhili.Gazette.Search;

/// <summary>
/// A document number as people type it (G-DOC): 郑政办〔2018〕66号, 郑政办[2018]66号, 郑政办(2018)66号, 〔2018〕66号 or
/// 66号, spaces anywhere. The series and the year may be left out; the serial and 号 may not.
/// </summary>
public sealed partial record DocumentNumber(string? Series, int? Year, int Serial)
{
    /// <summary>The number as the gazette prints it, as far as it was given: 郑政办〔2018〕66号, 〔2018〕66号, 66号.</summary>
    public string Text => $"{Series}{(Year is { } y ? $"〔{y}〕" : "")}{Serial}号";

    public static DocumentNumber? Parse(string query)
    {
        var m = Pattern().Match(string.Concat(query.Where(c => !char.IsWhiteSpace(c))));
        if (!m.Success)
        {
            return null;
        }

        return new DocumentNumber(m.Groups["series"].Success ? m.Groups["series"].Value : null,
            m.Groups["year"].Success ? Int(m.Groups["year"].Value) : null, Int(m.Groups["serial"].Value));
    }

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<series>\p{IsCJKUnifiedIdeographs}{1,8})?(?:[〔\[［(（【](?<year>\d{4})[〕\]］)）】])?(?<serial>\d{1,4})号$")]
    private static partial Regex Pattern();
}
