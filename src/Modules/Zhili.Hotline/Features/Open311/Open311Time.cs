namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// Date-times as GeoReport v2 writes and reads them: the W3C profile of ISO 8601 with the time zone. Zhili answers in
/// UTC ending in <c>Z</c>; it reads any offset, and a bare date as that civil day in Asia/Shanghai (K-TZ).
/// </summary>
public static partial class Open311Time
{
    public static string Format(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// The instant <paramref name="text"/> names, or null when it is not a W3C date-time with a zone or lies outside the years the app takes (EdgeRanges). A bare date is the
    /// start of that Beijing day, or its end (24:00) when <paramref name="endOfDay"/>, so that an end date includes its day.
    /// </summary>
    public static DateTime? Parse(string? text, bool endOfDay = false)
    {
        var s = text?.Trim() ?? "";
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return !EdgeRanges.Holds(day) ? null : endOfDay ? Civil.EndOfDayUtc(day) : Civil.StartOfDayUtc(day);
        }

        return W3c().IsMatch(s) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            && EdgeRanges.Holds(DateOnly.FromDateTime(at.UtcDateTime))
            ? at.UtcDateTime
            : null;
    }

    // The W3C note's complete date plus hours and minutes, optional seconds and fraction, and a mandatory zone.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex W3c();
}
