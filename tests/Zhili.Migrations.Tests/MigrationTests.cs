using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Shouldly;
using Xunit;
using Zhili.BuildingBlocks.Persistence;
using Zhili.Testing;
using Zhili.Web;

namespace Zhili.Migrations.Tests;

/// <summary>ARCHITECTURE rule 9: both migration sets apply to an empty database, and neither misses a model change.</summary>
public sealed class MigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every module's DbContext, registered exactly as the app registers them.</summary>
    private static ServiceProvider Services(string provider, string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Zhili:Database:Provider"] = provider,
            ["Zhili:Database:ConnectionString"] = connectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = "." });
        services.AddLogging();
        foreach (var module in ModuleRegistry.All)
        {
            module.AddServices(services, configuration);
        }

        return services.BuildServiceProvider();
    }

    [Theory]
    [InlineData("Sqlite", "Data Source=model-only.db")]
    [InlineData("Postgres", "Host=127.0.0.1;Database=model-only")]
    public async Task Every_module_has_a_migration_for_every_model_change(string provider, string connectionString)
    {
        // Only the model is compared with the migrations' snapshot; no connection is opened.
        await using var services = Services(provider, connectionString);
        var modules = services.GetServices<ModuleDatabase>().ToList();
        modules.Count.ShouldBe(ModuleRegistry.All.Count);
        foreach (var module in modules)
        {
            using var scope = services.CreateScope();
            var db = module.Resolve(scope.ServiceProvider);
            db.Database.HasPendingModelChanges().ShouldBeFalse($"{module.Module} on {provider}: add a migration for this provider");
            db.Database.GetMigrations().ShouldNotBeEmpty();
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_migration_applies_to_an_empty_database_and_leaves_nothing_pending(TestDatabase kind)
    {
        await using var database = await DatabaseInstance.CreateAsync(kind);
        await using var services = Services(database.Provider, database.ConnectionString);
        foreach (var module in services.GetServices<ModuleDatabase>())
        {
            using var scope = services.CreateScope();
            var db = module.Resolve(scope.ServiceProvider);
            await db.Database.MigrateAsync(Ct);
            (await db.Database.GetPendingMigrationsAsync(Ct)).ShouldBeEmpty();
            (await db.Database.GetAppliedMigrationsAsync(Ct)).ShouldNotBeEmpty();
        }
    }
}
