using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Modules;
using Zhili.WageArrears.Demo;

namespace Zhili.WageArrears.Tests;

/// <summary>The demo seeder: valid codes (K-USCC, K-ID), a listed employer visible to the lookup and published, idempotent.</summary>
public sealed class DemoTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_CREDIT_the_demo_seeds_a_listed_employer_once(TestDatabase database)
    {
        var app = await fixture.App(database);
        for (var run = 0; run < 2; run++)
        {
            using var scope = app.Services.CreateScope();
            var seeder = scope.ServiceProvider.GetServices<IDemoSeeder>().OfType<BlacklistDemo>().Single();
            await seeder.SeedAsync(TestContext.Current.CancellationToken);
        }

        var partner = await app.PartnerAsync();
        var answers = (await partner.Post(Partners.Lookup, new { codes = new[] { "91410100MA0000001", "91410100MA0000002" }.Select(Complete) }))
            .GetProperty("results").EnumerateArray().Select(a => a.GetProperty("listed").GetBoolean()).ToList();
        answers.ShouldBe([true, false]);

        // B-PUB: the listing of the last quarter (today 2025-06-10, so 2025 Q1) is in a published edition the public can read.
        var edition = await app.Client().Get("/api/v1/blacklist/editions/2025/1");
        edition.GetProperty("rows").EnumerateArray().Select(r => r.Str("employerName")).ShouldBe(["郑州宏达建筑劳务有限公司"]);
        (await app.Client(Sample.CountyStaff).Get($"{Api.Cases}/3")).Str("unitCode").ShouldBe("410105"); // the county case, in its own scope
    }

    private static string Complete(string first17) => first17 + Kernel.Codes.CreditCode.CheckCharacter(first17);
}
