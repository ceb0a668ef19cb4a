using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.Hotline.Data;
using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>
/// H-BUL: a small known set of appeals, made once per database through the API at fixed Beijing times in March 2026
/// (no holiday in March; 04-04..06 off for 清明). The clock is left at 2026-04-02 10:00, after every move.
/// A1–A8 are the appeals; the indicator tests count them by hand.
/// </summary>
public sealed class BulletinScenario : IAsyncDisposable
{
    private const string Api = "/api/v1/hotline/appeals";
    private readonly ConcurrentDictionary<TestDatabase, Lazy<Task<ZhiliFactory>>> apps = new();
    private readonly HotlineApps factories = new();

    /// <summary>The tracking numbers, by the names the tests use (A1…A8).</summary>
    public ConcurrentDictionary<(TestDatabase, string), string> Numbers { get; } = new();

    public Task<ZhiliFactory> App(TestDatabase database) =>
        apps.GetOrAdd(database, d => new Lazy<Task<ZhiliFactory>>(() => BuildAsync(d))).Value;

    public static object Appeal(string type, string category, double? lat, double? lon, string address = "二七区大学路与陇海路交叉口") => new
    {
        channel = "Phone", callerName = "张卫东", callerPhone = "13803710001", confidential = false, type, urgent = false,
        categoryCode = category, address, latitude = lat, longitude = lon, description = "测试诉求",
    };

    private async Task<ZhiliFactory> BuildAsync(TestDatabase database)
    {
        var app = await factories.App(database);
        var office = app.Client(Office);
        var erqi = app.Client(Erqi);
        var jinshui = app.Client(Jinshui);
        async Task<long> New(string name, object body, string? unit)
        {
            var a = await office.PostOk(Api, body);
            Numbers[(database, name)] = a.Str("trackingNumber")!;
            var id = a.GetProperty("id").GetInt64();
            if (unit is not null)
            {
                await app.AssignAsync(id, unit);
            }

            return id;
        }

        Task Post(HttpClient c, long id, string move, object body) => c.PostOk($"{Api}/{id}/{move}", body);
        async Task Finish(long id, string satisfaction)
        {
            await Post(office, id, "callback", new { satisfaction });
            app.Clock.Advance(TimeSpan.FromMinutes(5));
            await Post(office, id, "close", new { reason = "Resolved" });
        }

        var street = Appeal("Complaint", "110101", 34.7247, 113.6505);
        app.At(2026, 3, 2, 10);                       // Mon. Complaints: 5 working days → 03-09 Mon
        var a1 = await New("A1", street, "410103");
        var a2 = await New("A2", street, "410103");
        app.At(2026, 3, 2, 10, 30);
        var a3 = await New("A3", street, "410103");
        app.At(2026, 3, 3, 9);                        // A6 to 金水 first; returned, then 改派 to 二七
        var a6 = await New("A6", Appeal("Complaint", "110202", 34.7566, 113.6801, "金水区经八路与红旗路交叉口"), "410105");
        app.At(2026, 3, 4, 10);
        await Post(jinshui, a6, "return", new { reason = "属二七区管辖" });
        var ext = await erqi.PostOk($"{Api}/{a2}/extensions", new { reason = "需联合执法", workingDays = 3 }); // (03-04, 03-09]: 3 days' notice
        app.At(2026, 3, 4, 15);
        await office.PostOk($"{Api}/{a6}/reassign", new { unitCode = "410103" }); // 03-05…03-11: deadline 03-11
        app.At(2026, 3, 5, 9);
        await Post(office, a2, $"extensions/{ext.GetProperty("extensions")[0].GetProperty("id").GetInt64()}/approve",
            new { workingDays = 3, citizenNotice = "电话告知" });  // 03-09 + 3 working days → 03-12
        await Post(erqi, a1, "reply", new { text = "已处理" });
        app.At(2026, 3, 6, 10);
        await Finish(a1, "Satisfied");                // closed 03-06, on time
        app.At(2026, 3, 10, 9);
        await Post(erqi, a3, "reply", new { text = "已处理" });
        app.At(2026, 3, 10, 10);
        var a7 = await New("A7", Appeal("Consultation", "120201", null, null, "管城回族区"), null);
        await Post(office, a7, "close", new { reason = "Resolved", note = "来电时已解答" });
        await MarkResolvedAtFirstContactAsync(app, a7);
        app.At(2026, 3, 10, 11);
        await Post(office, a3, "callback", new { satisfaction = "Unsatisfied" });
        var a8 = await New("A8", Appeal("Consultation", "120201", null, null, "管城回族区"), "410103"); // 1 working day → 03-11
        app.At(2026, 3, 10, 11, 30);
        await Post(office, a3, "reopen", new { reason = "仍未解决" }); // from 03-10: 03-11…03-17
        app.At(2026, 3, 11, 10);
        await Post(erqi, a8, "reply", new { text = "已答复政策" });
        app.At(2026, 3, 11, 14);
        await Finish(a8, "Satisfied");                // closed 03-11 14:05, on time
        app.At(2026, 3, 11, 16);
        await Post(erqi, a6, "reply", new { text = "已处理" });
        app.At(2026, 3, 12, 9);
        await Post(erqi, a2, "reply", new { text = "已处理" });
        await Finish(a6, "Satisfied");                // closed 03-12 09:05, after its 03-11 deadline: late
        app.At(2026, 3, 12, 15);
        await Finish(a2, "BasicallySatisfied");       // closed 03-12 15:05, within the extended deadline
        app.At(2026, 3, 13, 10);
        await Post(erqi, a3, "reply", new { text = "再次处理" });
        app.At(2026, 3, 16, 10);
        await Finish(a3, "Satisfied");                // closed 03-16, before 03-17: on time, reworked once
        app.At(2026, 3, 23, 10);
        var a4 = await New("A4", Appeal("Help", "110202", 34.7566, 113.6801, "金水区经八路与红旗路交叉口"), "410103"); // 3 days → 03-26
        app.At(2026, 3, 25, 10);
        var a5 = await New("A5", street, "410103");  // 03-26, 27, 30, 31, 04-01 → due in April
        app.At(2026, 3, 27, 9);
        await Post(office, a4, "supervision", new { level = "General", reason = "逾期未办结" });
        await Post(erqi, a5, "reply", new { text = "已处理" });
        app.At(2026, 3, 30, 9);
        await Post(office, a4, "supervision/escalate", new { level = "Special", reason = "仍未办结" });
        await Finish(a5, "Satisfied");
        app.At(2026, 4, 2, 10);
        return app;
    }

    /// <summary>Intake's first-contact resolution sets this flag (a feature of its own); the scenario sets it directly.</summary>
    private static async Task MarkResolvedAtFirstContactAsync(ZhiliFactory app, long id)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        await db.Appeals.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.ResolvedAtFirstContact, true), Ct);
    }

    public async ValueTask DisposeAsync() => await factories.DisposeAsync();
}
