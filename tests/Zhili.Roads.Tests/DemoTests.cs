using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Modules;
using Zhili.Kernel.Units;
using Zhili.Roads.Demo;

namespace Zhili.Roads.Tests;

/// <summary>The demo: real roads of the urban districts on the kernel's demo streets, each with a board; seeded once.</summary>
public sealed class DemoTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_BOARD_the_demo_boards_show_real_roads_and_a_chief_with_history(TestDatabase database)
    {
        var app = await fixture.App(database);
        for (var run = 0; run < 2; run++)
        {
            using var scope = app.Services.CreateScope();
            var seeders = scope.ServiceProvider.GetServices<IDemoSeeder>().Where(s => s is DirectoryDemo or RoadsDemo).OrderBy(s => s.Order);
            foreach (var seeder in seeders)
            {
                await seeder.SeedAsync(TestContext.Current.CancellationToken);
            }
        }

        var board = await app.Client().Get($"{Sample.Segments}/JS-HYL-01");
        (board.Str("road"), board.Str("district"), board.Str("street")).ShouldBe(("花园路", "金水区", "花园路街道"));
        board.GetProperty("chiefs").EnumerateArray().Select(c => c.Str("name")).ShouldBe(["林晓峰", "王志强", "陈建军", "李文华"]);
        var roads = (await app.Client(Sample.CityOffice).Get($"{Sample.Segments}?pageSize=200")).GetProperty("items").EnumerateArray()
            .Select(s => (s.Str("road"), s.Str("districtName"))).ToList();
        roads.Count.ShouldBe(7);
        roads.ShouldContain(("大学路", "二七区"));
        roads.ShouldContain(("紫荆山路", "管城回族区"));
        var office = (await app.Client(Sample.CityOffice).Get($"{Sample.Chiefs}?level=Second&pageSize=200")).GetProperty("items").EnumerateArray()
            .Single(c => c.Str("place") == "JS-HYL-01");
        office.GetProperty("terms").EnumerateArray().Select(t => t.Str("holderName")).ShouldBe(["赵丽萍", "林晓峰"]);
    }
}
