namespace Zhili.BuildingBlocks.Modules;

/// <summary>One administrative system of the gazette (or the kernel), plugged into the host by ModuleRegistry.</summary>
public interface IModule
{
    /// <summary>Lower-case name: the PostgreSQL schema, the SQLite table prefix and the API segment.</summary>
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
