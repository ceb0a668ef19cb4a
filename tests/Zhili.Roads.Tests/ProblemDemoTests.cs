using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Modules;
using Zhili.Kernel.Units;
using Zhili.Roads.Demo;

namespace Zhili.Roads.Tests;

/// <summary>R-LOOP: the demo has a problem at every stage, a rework, an escalation and an overdue one; seeded once.</summary>
public sealed class ProblemDemoTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_LOOP_the_demo_has_problems_at_every_stage(TestDatabase database)
    {
        var app = await fixture.App(database);
        for (var run = 0; run < 2; run++)
        {
            using var scope = app.Services.CreateScope();
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>().Where(s => s is DirectoryDemo or RoadsDemo or ProblemsDemo).OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(TestContext.Current.CancellationToken);
            }
        }

        var items = (await app.Client(Sample.CityOffice).Get($"{Problems.Url}?pageSize=200")).GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(6);
        items.Select(p => p.Str("stage")).Distinct().Order().ShouldBe(["Closed", "Filed", "Handled", "Reported"]);
        items.Count(p => p.Number("reworks") > 0).ShouldBe(1);
        items.Count(p => p.GetProperty("escalatedAt").ValueKind == JsonValueKind.String).ShouldBe(1);
        items.ShouldContain(p => p.GetProperty("overdue").GetBoolean() && p.Str("segmentCode") == "GC-ZJSL-01");
    }
}
