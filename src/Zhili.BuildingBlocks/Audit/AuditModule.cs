namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// The audit trail as a module (ARCHITECTURE rule 11): its tables and migrations, its keys and checkpoint file, the
/// interceptor every module's context runs, the one writer, the sealer, the verifier, and its API (the host has its pages).
/// </summary>
public sealed class AuditModule : IModule
{
    public string Name => AuditModel.Module;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AuditDbContext>(configuration, Name);
        services.AddSingleton<AuditKeys>();
        services.AddSingleton<AuditCheckpoints>();
        services.AddSingleton<AuditWriter>();
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<IAuditingInterceptor>(sp => sp.GetRequiredService<AuditInterceptor>());
        services.AddSingleton<AuditSealer>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<IStartupTask, AuditKeyCheck>();
        services.AddBackgroundLoop<AuditSealingService>();
        services.AddSingleton(new NavItem("审计", "/audit", 980, [Policies.AuditorRole, Policies.AdministratorRole]));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/v1/audit").MapAuditEndpoints();
}
