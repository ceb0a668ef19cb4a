namespace Zhili.Roads.Tests;

/// <summary>The roads API as the tests call it.</summary>
public static class Api
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<JsonElement> Ok(this Task<HttpResponseMessage> call, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await call;
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(expected, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A 400 naming the field and the rule.</summary>
    public static async Task<JsonElement> Refused(this Task<HttpResponseMessage> call, string field, string rule)
    {
        var body = await call.Ok(HttpStatusCode.BadRequest);
        body.GetProperty("violations").EnumerateArray()
            .Any(v => v.GetProperty("field").GetString() == field && v.GetProperty("rule").GetString() == rule).ShouldBeTrue(body.ToString());
        return body;
    }

    public static Task<HttpResponseMessage> Post(this HttpClient client, string url, object body) => client.PostAsJsonAsync(url, body, Ct);

    public static Task<HttpResponseMessage> Put(this HttpClient client, string url, object body) => client.PutAsJsonAsync(url, body, Ct);

    public static Task<JsonElement> Get(this HttpClient client, string url) => client.GetAsync(url, Ct).Ok();

    public static Task<HttpResponseMessage> Fetch(this HttpClient client, string url) => client.GetAsync(url, Ct);

    public static Task<JsonElement> CreateSegment(this HttpClient client, Dictionary<string, object?> segment) =>
        client.Post(Sample.Segments, segment).Ok(HttpStatusCode.Created);

    public static Task<JsonElement> Appoint(this HttpClient client, object request) => client.Post(Sample.Chiefs, request).Ok();

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).ToString();

    public static int Number(this JsonElement e, string name) => e.GetProperty(name).GetInt32();

    /// <summary>The codes of a page of segments.</summary>
    public static async Task<List<string>> CodesAsync(this HttpClient client, string query = "") =>
        (await client.Get($"{Sample.Segments}?pageSize=200{query}")).GetProperty("items").EnumerateArray().Select(s => s.Str("code")).ToList();
}
