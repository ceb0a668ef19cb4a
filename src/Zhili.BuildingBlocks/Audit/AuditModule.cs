using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Modules;
using Zhili.BuildingBlocks.Persistence;

namespace Zhili.BuildingBlocks.Audit;

/// <summary>The audit trail as a module: its table, its migrations, and (in the host) its pages.</summary>
public sealed class AuditModule : IModule
{
    public string Name => AuditModel.Module;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AuditDbContext>(configuration, Name);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
