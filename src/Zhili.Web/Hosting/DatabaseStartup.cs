using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Zhili.BuildingBlocks.Persistence;

namespace Zhili.Web.Hosting;

/// <summary>
/// Before the app serves: apply every module's migrations, run the modules' start-up tasks, and in demo mode seed
/// the demo data. The CLI calls <see cref="PrepareAsync"/> itself.
/// </summary>
public sealed class DatabaseStartup(IServiceProvider services, IConfiguration configuration, ILogger<DatabaseStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        PrepareAsync(services, configuration.GetValue<bool>("Zhili:Demo"), logger, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task PrepareAsync(IServiceProvider services, bool demo, ILogger logger, CancellationToken ct)
    {
        await MigrateAsync(services, logger, ct);
        await using var scope = services.CreateAsyncScope();
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>().OrderBy(t => t.Order))
        {
            await task.RunAsync(ct);
        }

        if (demo)
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(ct);
            }

            logger.LogInformation("Demo mode: demo data is in place");
        }
    }

    public static async Task MigrateAsync(IServiceProvider services, ILogger logger, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        logger.LogInformation("数据库 (database): {Provider} {Where}", options.Provider, options.Where());
        foreach (var module in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            var db = module.Resolve(scope.ServiceProvider);
            // EF on PostgreSQL reads the history table before making it and logs the failed read as an error at every
            // first start; made here first, the read succeeds. Not audited: the schema's own bookkeeping, no records.
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), ct);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s) of {Module} on {Provider}: {Migrations}",
                    pending.Count, module.Module, options.Provider, string.Join(", ", pending));
                await db.Database.MigrateAsync(ct);
            }

            if (options.Provider == DatabaseProvider.Sqlite)
            {
                // WAL lets readers go on while one request writes; the setting stays with the file.
                // Not audited: a setting of the database file, no record changes.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }
        }
    }
}
