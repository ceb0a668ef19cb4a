namespace Zhili.Hotline.Tests;

/// <summary>Calls and bodies of the category, duplicate, knowledge-base and co-handling tests.</summary>
internal static class IntakeKit
{
    public const string Appeals = "/api/v1/hotline/appeals";
    public const string Categories = "/api/v1/hotline/categories";
    public const string Knowledge = "/api/v1/hotline/knowledge";
    public const string Auditor = "auditor.test;auditor;410100";

    /// <summary>A request body with some of its fields replaced.</summary>
    public static Dictionary<string, object?> With(this object body, params (string Key, object? Value)[] changes)
    {
        var d = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(body))!;
        foreach (var (key, value) in changes)
        {
            d[key] = value;
        }

        return d;
    }

    public static async Task<JsonElement> PutOk(this HttpClient client, string url, object body)
    {
        var response = await client.PutAsJsonAsync(url, body, Hotline.Ct);
        var json = await response.ReadJsonAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{url}: {(int)response.StatusCode} {json}");
        return json;
    }

    public static async Task<JsonElement> PutRefused(this HttpClient client, string url, object body, string field, string rule)
    {
        var response = await client.PutAsJsonAsync(url, body, Hotline.Ct);
        var json = await response.ReadJsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, json.ToString());
        json.GetProperty("violations")[0].GetProperty("field").GetString().ShouldBe(field);
        json.GetProperty("violations")[0].GetProperty("rule").GetString().ShouldBe(rule);
        return json;
    }

    public static async Task<HttpStatusCode> PostStatus(this HttpClient client, string url, object body) =>
        (await client.PostAsJsonAsync(url, body, Hotline.Ct)).StatusCode;

    public static IEnumerable<JsonElement> Items(this JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? e.EnumerateArray() : e.GetProperty("items").EnumerateArray();

    /// <summary>The ids of the duplicate suggestions in an intake answer or an advice.</summary>
    public static List<long> Suggested(this JsonElement e)
    {
        var advice = e.TryGetProperty("intake", out var intake) ? intake : e;
        return advice.GetProperty("duplicates").EnumerateArray().Select(e => e.Id()).ToList();
    }

    public static JsonElement Suggestion(this JsonElement e, long id)
    {
        var advice = e.TryGetProperty("intake", out var intake) ? intake : e;
        return advice.GetProperty("duplicates").EnumerateArray().Single(d => d.Id() == id);
    }

    public static async Task<JsonElement> AuditAsync(this ZhiliFactory app, string entity) =>
        await app.Client(Auditor).GetFromJsonAsync<JsonElement>($"/api/v1/audit/records?entity={entity}&pageSize=100", Hotline.Ct);
}
