using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>The calls the supervision tests make (H-LVL cases and H-FORM-1…5).</summary>
internal static class Supervising
{
    public const string Cases = "/api/v1/hotline/supervisions";

    public const string Appeals = "/api/v1/hotline/appeals";

    /// <summary>An appeal assigned to a unit, and a supervision case of it at the level.</summary>
    public static async Task<(long Appeal, long Case)> SupervisedAsync(this ZhiliFactory app, string level, string unit = "410103")
    {
        var appeal = await app.ReceiveAsync();
        await app.AssignAsync(appeal, unit);
        var opened = await app.Client(Office).PostOk(Cases, new { appealIds = new[] { appeal }, level, reason = "群众反映强烈" });
        return (appeal, opened.Id());
    }

    /// <summary>A Beijing wall-clock time as the API takes it (with its +08:00 offset).</summary>
    public static DateTimeOffset Beijing(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, Kernel.Civil.ShanghaiOffset);

    public static object Notice(string unit = "410103", int workingDays = 5, string person = "李明") => new
    {
        unitCode = unit, workingDays, requirements = "加大执法力度，彻底清理占道摊点，建立长效机制", responsiblePerson = person,
    };

    public static object Listing(string unit = "410103", int workingDays = 10, string person = "王强") => new
    {
        reason = "占道经营问题长期没有解决，群众反映强烈", unitCode = unit, workingDays, requirements = "制定整改方案并报送备案，限期整改到位",
        responsiblePerson = person,
    };

    public static async Task<JsonElement> GetCaseAsync(this HttpClient client, long id) =>
        await client.GetFromJsonAsync<JsonElement>($"{Cases}/{id}", Ct);

    public static DateTime Utc(this JsonElement e, string name) => e.GetProperty(name).GetDateTime().ToUniversalTime();

    public static async Task<HttpStatusCode> StatusOfPost(this HttpClient client, string url, object body) =>
        (await client.PostAsJsonAsync(url, body, Ct)).StatusCode;
}
