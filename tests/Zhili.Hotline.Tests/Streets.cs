using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>The streets and street users of the 二级转办 tests: two streets of 二七区 and one of 金水区.</summary>
internal static class Streets
{
    public const string Erqi1 = "410103901";
    public const string Erqi2 = "410103902";
    public const string Jinshui1 = "410105901";
    public const string Street1 = "street1.test;street;410103901";
    public const string Street2 = "street2.test;street;410103902";
    public const string JinshuiStreet = "jsstreet.test;street;410105901";

    public const string Api = "/api/v1/hotline/appeals";

    /// <summary>Adds the streets through the directory's API, as an administrator does.</summary>
    public static async Task AddStreetsAsync(this ZhiliFactory app)
    {
        var admin = app.Client("t.admin;admin;410100");
        foreach (var (code, name, parent) in new[] { (Erqi1, "淮河路街道", "410103"), (Erqi2, "解放路街道", "410103"), (Jinshui1, "经八路街道", "410105") })
        {
            await admin.PostOk("/api/v1/kernel/units", new { code, name, parentCode = parent, kind = "Street" });
        }
    }

    /// <summary>An appeal received on 2025-06-10 (Tuesday), assigned to 二七区: a complaint due 06-17 24:00 (H-SLA 5 working days).</summary>
    public static async Task<long> AssignedToErqiAsync(this ZhiliFactory app)
    {
        var id = await app.ReceiveAsync();
        await app.AssignAsync(id, "410103");
        return id;
    }

    public static Task<JsonElement> PassDownAsync(this ZhiliFactory app, long id, string street = Erqi1, string deadlineOn = "2025-06-13") =>
        app.Client(Erqi).PostOk($"{Api}/{id}/street", new { streetCode = street, deadlineOn, instructions = "请街道核实处理" });

    public static JsonElement OnlyStage(this JsonElement appeal) => appeal.GetProperty("streetStages").EnumerateArray().Single();

    public static List<string?> Kinds(this JsonElement appeal) =>
        appeal.GetProperty("events").EnumerateArray().Select(e => e.Str("kind")).ToList();
}
