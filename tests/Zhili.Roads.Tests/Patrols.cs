namespace Zhili.Roads.Tests;

/// <summary>Patrols as the tests log them (R-PATROL).</summary>
public static class Patrols
{
    public const string Url = "/api/v1/roads/patrols";

    /// <summary>The first bytes of a PNG file: the photo check reads the content, not the name.</summary>
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public static object Body(string segment, DateTimeOffset? at = null, string? level = null, byte[]? photo = null, string? findings = null) =>
        new { segment, at, level, photo, findings };

    /// <summary>A patrol at 09:00 Beijing time on that day.</summary>
    public static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));

    public static Task<JsonElement> Log(this HttpClient client, string segment, DateOnly day, string? level = null) =>
        client.Post(Url, Body(segment, At(day), level)).Ok(HttpStatusCode.Created);

    /// <summary>The month's compliance rows of that place, by holder.</summary>
    public static async Task<Dictionary<string, JsonElement>> ComplianceAsync(this HttpClient client, string month, string place) =>
        (await client.Get($"{Url}/compliance?month={month}")).GetProperty("rows").EnumerateArray()
            .Where(r => r.Str("place") == place).ToDictionary(r => r.Str("holderName"));

    public static List<string> Missing(this JsonElement row) => row.GetProperty("missing").EnumerateArray().Select(m => m.GetString()!).ToList();

    public static (int Required, int Met, int Logged) Counts(this JsonElement row) => (row.Number("required"), row.Number("met"), row.Number("logged"));
}
