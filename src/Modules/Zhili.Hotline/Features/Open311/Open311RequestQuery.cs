namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// GET Service Requests' arguments as the spec names them, kept as text so that a bad value gets a GeoReport error
/// rather than a binding failure. <c>page</c> and <c>page_size</c> are Zhili's paging extension.
/// </summary>
public sealed record Open311RequestQuery(
    [FromQuery(Name = "service_request_id")] string? ServiceRequestId,
    [FromQuery(Name = "service_code")] string? ServiceCode,
    [FromQuery(Name = "start_date")] string? StartDate,
    [FromQuery(Name = "end_date")] string? EndDate,
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "page_size")] string? PageSize)
{
    /// <summary>The spec's window: a query spans at most 90 days, the most recent 90 when no date is given.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(90);

    /// <summary>The spec's volume: at most the first 1,000 requests; also the default page size.</summary>
    public const int MaxPageSize = 1000;

    public const int MaxIds = 200;

    public static IReadOnlyList<string> Items(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    public DateTime? Start => Open311Time.Parse(StartDate);

    public DateTime? End => Open311Time.Parse(EndDate, endOfDay: true);

    /// <summary>The filter in force at <paramref name="now"/> (the query was validated).</summary>
    public Open311Filter ToFilter(DateTime now)
    {
        var (from, to) = (Start, End) switch
        {
            ({ } s, { } e) => (s, e),
            ({ } s, null) => (s, s + Window),
            (null, { } e) => (e - Window, e),
            _ => (now - Window, now),
        };
        var states = Items(Status).Select(s => s.ToLowerInvariant()).Distinct().ToList();
        return new Open311Filter(
            Items(ServiceRequestId).Select(i => i.ToUpperInvariant()).ToList(), Items(ServiceCode), from, to,
            states.Count == 1 ? states[0] == Open311Status.Closed : null,
            Count(Page) ?? 1, Count(PageSize) ?? MaxPageSize);
    }

    private static int? Count(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}

/// <summary>
/// What GET Service Requests selects: by tracking numbers (overriding everything else, as the spec says), or by
/// service codes, a window on the requested time and open/closed (null for both), one page at a time.
/// </summary>
public sealed record Open311Filter(IReadOnlyList<string> Ids, IReadOnlyList<string> Codes, DateTime From, DateTime To, bool? Closed, int Page, int PageSize);
