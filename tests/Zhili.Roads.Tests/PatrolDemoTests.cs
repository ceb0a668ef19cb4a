using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Modules;
using Zhili.Kernel.Units;
using Zhili.Roads.Demo;

namespace Zhili.Roads.Tests;

/// <summary>The demo's month of patrols (R-PATROL): the compliance table has met and missing dates to show; seeded once.</summary>
public sealed class PatrolDemoTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_PATROL_the_demo_has_a_month_of_patrols_with_missed_days(TestDatabase database)
    {
        var app = await fixture.App(database);
        var city = app.Client(Sample.CityOffice);
        var totals = new List<int>();
        for (var run = 0; run < 2; run++)
        {
            using var scope = app.Services.CreateScope();
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>().Where(s => s is DirectoryDemo or RoadsDemo or PatrolDemo).OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(TestContext.Current.CancellationToken);
            }

            totals.Add((await city.Get($"{Patrols.Url}?pageSize=1")).Number("total"));
        }

        totals[0].ShouldBeGreaterThan(150);
        totals[1].ShouldBe(totals[0]);
        // This month (1–9 June): every daily chief patrolled, some missed days.
        var rows = (await city.Get($"{Patrols.Url}/compliance?month=2025-06")).GetProperty("rows").EnumerateArray().ToList();
        var daily = rows.Where(r => r.Str("level") == "Second").ToList();
        daily.Count.ShouldBe(6); // 中原路 has no 二级路长 in the demo
        daily.ShouldContain(r => r.Missing().Count > 0);
        daily.ShouldAllBe(r => r.Number("met") > 0);
        rows.ShouldContain(r => r.Str("level") == "First" && r.Number("met") > 0);
        // JS-HYL-01 changed holder on 10 May: in May both holders have a row of their own.
        var may = (await city.Get($"{Patrols.Url}/compliance?month=2025-05")).GetProperty("rows").EnumerateArray();
        may.Where(r => r.Str("place") == "JS-HYL-01").Select(r => r.Str("holderName")).ShouldBe(["赵丽萍", "林晓峰"]);
    }
}
