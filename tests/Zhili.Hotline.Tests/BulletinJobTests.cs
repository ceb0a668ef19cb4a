using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Jobs;
using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>H-BUL: 日清 every morning at 08:00; 周综、月结、季评、年考核 on the first working day after the period (K-WD-1).</summary>
public sealed class BulletinJobTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    private const string Admin = "admin.test;admin;410100";

    /// <summary>The period a job's 08:00 firing on that Beijing day reports on, or null.</summary>
    private static string? PeriodAt(ZhiliFactory app, string job, int year, int month, int day)
    {
        using var scope = app.Services.CreateScope();
        var firing = new DateTimeOffset(year, month, day, 8, 0, 0, Kernel.Civil.ShanghaiOffset);
        return JobRunner.Find(scope.ServiceProvider, job).PeriodOf(firing);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_BUL_each_bulletin_falls_on_the_first_working_day_after_its_period(TestDatabase database)
    {
        var app = await fixture.App(database);

        // 2025 National Day: 10-01..08 off, so the first working day after September is Thursday 10-09.
        PeriodAt(app, "hotline.bulletin.month", 2025, 10, 1).ShouldBeNull();
        PeriodAt(app, "hotline.bulletin.month", 2025, 10, 9).ShouldBe("2025-09-01..2025-09-30");
        PeriodAt(app, "hotline.bulletin.month", 2025, 10, 10).ShouldBeNull();
        PeriodAt(app, "hotline.bulletin.quarter", 2025, 10, 9).ShouldBe("2025-07-01..2025-09-30");
        // The week 09-29..10-05 ends on a holiday Sunday; its first working day after is also 10-09.
        PeriodAt(app, "hotline.bulletin.week", 2025, 10, 9).ShouldBe("2025-09-29..2025-10-05");
        PeriodAt(app, "hotline.bulletin.week", 2025, 10, 13).ShouldBe("2025-10-06..2025-10-12");
        // 2026 元旦: 01-01..03 off, Sunday 01-04 a make-up working day: the 年考核 of 2025 is sent that Sunday.
        PeriodAt(app, "hotline.bulletin.year", 2026, 1, 2).ShouldBeNull();
        PeriodAt(app, "hotline.bulletin.year", 2026, 1, 4).ShouldBe("2025-01-01..2025-12-31");
        PeriodAt(app, "hotline.bulletin.month", 2026, 1, 4).ShouldBe("2025-12-01..2025-12-31");
        // 日清 every day, holidays included.
        PeriodAt(app, "hotline.bulletin.day", 2025, 10, 3).ShouldBe("2025-10-03..2025-10-03");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_BUL_the_monthly_bulletin_reaches_the_office_and_each_unit_once(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.At(2025, 9, 26, 10);
        var id = await app.ReceiveAsync(NewAppeal("Consultation"));
        await app.AssignAsync(id, "410103"); // 咨询 1 working day: due Sunday 09-28 (make-up working day), in September

        app.At(2025, 10, 9, 8, 0);
        var admin = app.Client(Admin);
        var ran = await (await admin.PostAsync("/api/v1/jobs/hotline.bulletin.month/run", null, Ct)).ReadJsonAsync();
        ran.GetArrayLength().ShouldBe(1);
        (await (await admin.PostAsync("/api/v1/jobs/hotline.bulletin.month/run", null, Ct)).ReadJsonAsync()).GetArrayLength().ShouldBe(0);

        var office = (await app.Client(Office).GetFromJsonAsync<JsonElement>("/api/v1/identity/inbox", Ct)).GetProperty("items")
            .EnumerateArray().Where(i => i.GetProperty("kind").GetString() == "bulletin").ToList();
        office.Count.ShouldBe(1);
        office[0].GetProperty("title").GetString().ShouldBe("2025年9月 月结");
        office[0].GetProperty("body").GetString()!.ShouldContain("应结案 1");
        var erqi = (await app.Client(Erqi).GetFromJsonAsync<JsonElement>("/api/v1/identity/inbox", Ct)).GetProperty("items")
            .EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "bulletin");
        erqi.GetProperty("title").GetString().ShouldBe("2025年9月 月结（二七区）");
        erqi.GetProperty("link").GetString().ShouldBe("/hotline/bulletins?period=Month&date=2025-09-01");
    }
}
