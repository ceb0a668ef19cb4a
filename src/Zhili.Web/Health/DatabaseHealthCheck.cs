using Zhili.BuildingBlocks.Persistence;

namespace Zhili.Web.Health;

/// <summary>The database answers, and every module's migrations are applied.</summary>
public sealed class DatabaseHealthCheck(IServiceProvider services, DatabaseOptions options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["provider"] = options.Provider.ToString() };
        var pending = new List<string>();
        try
        {
            foreach (var module in services.GetServices<ModuleDatabase>())
            {
                var db = module.Resolve(services);
                if (!await db.Database.CanConnectAsync(cancellationToken))
                {
                    return HealthCheckResult.Unhealthy("数据库无法连接 (database unreachable)", data: data);
                }

                pending.AddRange((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Select(m => $"{module.Module}:{m}"));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("数据库无法连接 (database unreachable)", e, data);
        }

        data["pendingMigrations"] = pending;
        return pending.Count == 0
            ? HealthCheckResult.Healthy("数据库可用，迁移已全部应用 (reachable, all migrations applied)", data)
            : HealthCheckResult.Unhealthy("有未应用的数据库迁移 (migrations pending)", data: data);
    }
}
