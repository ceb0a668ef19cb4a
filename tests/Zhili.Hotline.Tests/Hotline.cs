using Zhili.Kernel;

namespace Zhili.Hotline.Tests;

/// <summary>The test users and the calls every hotline test makes.</summary>
internal static class Hotline
{
    public const string Office = "office.test;city-office;410100-SZDHS";
    public const string Erqi = "erqi.test;district;410103";
    public const string Jinshui = "jinshui.test;district;410105";
    public const string Zhongyuan = "zhongyuan.test;district;410102";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Moves the app's clock to a Beijing wall-clock time.</summary>
    public static void At(this ZhiliFactory app, int year, int month, int day, int hour, int minute = 0) =>
        app.Clock.SetUtcNow(new DateTimeOffset(year, month, day, hour, minute, 0, Civil.ShanghaiOffset));

    /// <summary>24:00 Beijing at the end of that day, as the API writes it (UTC).</summary>
    public static DateTime EndOf(int year, int month, int day) => Civil.EndOfDayUtc(new DateOnly(year, month, day));

    public static object NewAppeal(string type = "Complaint", bool urgent = false, bool confidential = false, string phone = "13803710001") => new
    {
        channel = "Phone", callerName = "张卫东", callerPhone = phone, confidential, type, urgent, categoryCode = "110101",
        address = "二七区大学路与陇海路交叉口", latitude = 34.7247, longitude = 113.6505,
        description = "早晚高峰有流动摊贩占用人行道经营，行人只能走机动车道。",
    };

    public static async Task<JsonElement> PostOk(this HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body, Ct);
        var json = await response.ReadJsonAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{url}: {(int)response.StatusCode} {json}");
        return json;
    }

    /// <summary>A refusal: 400 problem details whose violation names the field and the rule.</summary>
    public static async Task<JsonElement> PostRefused(this HttpClient client, string url, object body, string field, string rule)
    {
        var response = await client.PostAsJsonAsync(url, body, Ct);
        var json = await response.ReadJsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, json.ToString());
        var violation = json.GetProperty("violations")[0];
        violation.GetProperty("field").GetString().ShouldBe(field);
        violation.GetProperty("rule").GetString().ShouldBe(rule);
        return json;
    }

    public static async Task<long> ReceiveAsync(this ZhiliFactory app, object? body = null) =>
        (await app.Client(Office).PostOk("/api/v1/hotline/appeals", body ?? NewAppeal())).GetProperty("id").GetInt64();

    public static async Task<JsonElement> AssignAsync(this ZhiliFactory app, long id, string unit, params string[] coUnits) =>
        await app.Client(Office).PostOk($"/api/v1/hotline/appeals/{id}/assign", new { unitCode = unit, coUnitCodes = coUnits });

    public static async Task<JsonElement> GetAsync(this HttpClient client, long id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/hotline/appeals/{id}", Ct);

    public static long Id(this JsonElement e) => e.GetProperty("id").GetInt64();

    public static DateTime Deadline(this JsonElement appeal) => appeal.GetProperty("deadlineAt").GetDateTime().ToUniversalTime();

    public static string? Str(this JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).ToString();
}
