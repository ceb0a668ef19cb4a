namespace Zhili.Roads.Tests;

/// <summary>The people and calls of the street-problem tests (R-3BAO, R-LOOP): all of 金水区 (district A) unless named.</summary>
public static class Problems
{
    public const string Url = "/api/v1/roads/problems";
    public const string Street = "js.street;street;410105002";
    public const string Inspector = "js.inspector;inspector;410105";

    /// <summary>The smallest PNG header: the photo check reads content, not names.</summary>
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    /// <summary>A segment of its own for a test on 花园路街道.</summary>
    public static async Task<string> SegmentAsync(this ZhiliFactory app, string code)
    {
        await app.Client(Sample.Jinshui).CreateSegment(Sample.Segment(code));
        return code;
    }

    public static object Report(string segment, string category = "order-parking", byte[]? photo = null) =>
        new { segmentCode = segment, categoryCode = category, description = "人行道上乱停放机动车", latitude = 34.775, longitude = 113.685, photo };

    public static async Task<JsonElement> ReportAsync(this ZhiliFactory app, string segment, string category = "order-parking") =>
        await app.Client(Sample.JinshuiChief).Post(Url, Report(segment, category)).Ok(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> Act(this HttpClient client, JsonElement problem, string action, object? body = null) =>
        client.Post($"{Url}/{problem.Number("id")}/{action}", body ?? new { version = problem.Number("version") });

    /// <summary>Files, handles and rechecks with the users whose work each stage is.</summary>
    public static async Task<JsonElement> FileAsync(this ZhiliFactory app, JsonElement p) => await app.Client(Sample.Jinshui).Act(p, "file").Ok();

    public static async Task<JsonElement> HandleAsync(this ZhiliFactory app, JsonElement p) =>
        await app.Client(Street).Act(p, "handle", new { version = p.Number("version"), note = "已清理" }).Ok();

    public static async Task<JsonElement> RecheckAsync(this ZhiliFactory app, JsonElement p, bool passed) =>
        await app.Client(Inspector).Act(p, "recheck", new { version = p.Number("version"), passed, note = passed ? "已整改" : "仍有车辆停放" }).Ok();

    public static List<string> History(this JsonElement p) => p.GetProperty("history").EnumerateArray().Select(h => h.Str("sentence")).ToList();

    public static DateTime Time(this JsonElement p, string name) => p.GetProperty(name).GetDateTime();
}
