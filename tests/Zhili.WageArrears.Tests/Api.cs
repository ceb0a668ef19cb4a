namespace Zhili.WageArrears.Tests;

/// <summary>The blacklist API as the tests call it.</summary>
public static class Api
{
    public const string Cases = "/api/v1/blacklist/cases";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<JsonElement> Ok(this Task<HttpResponseMessage> call, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await call;
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(expected, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> Refused(this Task<HttpResponseMessage> call, string rule)
    {
        var body = await call.Ok(HttpStatusCode.BadRequest);
        body.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("rule").GetString()).ShouldContain(rule, body.ToString());
        return body;
    }

    public static Task<JsonElement> Create(this HttpClient staff, object request) =>
        staff.PostAsJsonAsync(Cases, request, Ct).Ok(HttpStatusCode.Created);

    public static Task<JsonElement> Post(this HttpClient staff, string url, object? body = null) =>
        staff.PostAsJsonAsync(url, body ?? new { }, Ct).Ok();

    public static Task<HttpResponseMessage> Send(this HttpClient staff, string url, object? body = null) =>
        staff.PostAsJsonAsync(url, body ?? new { }, Ct);

    public static Task<JsonElement> Get(this HttpClient client, string url) => client.GetAsync(url, Ct).Ok();

    /// <summary>Notice received, defence waived by silence, and the listing decision on <paramref name="listedOn"/>.</summary>
    public static async Task<JsonElement> ListAsync(this HttpClient staff, int id, DateOnly noticeOn, DateOnly listedOn)
    {
        await staff.Post($"{Cases}/{id}/notice", new { receivedOn = noticeOn });
        return await staff.Post($"{Cases}/{id}/listing", new { decidedOn = listedOn });
    }

    public static int Id(this JsonElement e) => e.GetProperty("id").GetInt32();

    /// <summary>The notices in a user's inbox (theirs and their unit's), newest first, as (title, rule, link).</summary>
    public static async Task<List<(string Title, string? Rule, string? Link)>> InboxAsync(this ZhiliFactory app, string user) =>
        (await app.Client(user).Get("/api/v1/identity/inbox?pageSize=200")).GetProperty("items").EnumerateArray()
            .Select(i => (i.Str("title"), i.GetProperty("rule").GetString(), i.GetProperty("link").GetString())).ToList();

    /// <summary>Issues a self-service access code as staff (B-NOTICE, B-OBJ) and returns it as printed.</summary>
    public static async Task<JsonElement> IssueCodeAsync(this HttpClient staff, int caseId, string purpose) =>
        await staff.PostAsJsonAsync($"{Cases}/{caseId}/access-codes", new { purpose }, Ct).Ok(HttpStatusCode.Created);

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).ToString();

    /// <summary>Moves the app's clock forward to 10:00 Beijing time on <paramref name="day"/>.</summary>
    public static void MoveTo(this ZhiliFactory app, DateOnly day)
    {
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
        if (at > app.Clock.GetUtcNow())
        {
            app.Clock.SetUtcNow(at);
        }
    }

    /// <summary>Moves the clock to exactly <paramref name="utc"/>.</summary>
    public static void MoveTo(this ZhiliFactory app, DateTime utc) => app.Clock.SetUtcNow(new DateTimeOffset(utc, TimeSpan.Zero));
}
