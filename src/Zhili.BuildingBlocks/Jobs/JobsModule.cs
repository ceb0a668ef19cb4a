namespace Zhili.BuildingBlocks.Jobs;

/// <summary>
/// Scheduled jobs (ARCHITECTURE rule 10): the claims table, the runner, one in-memory Quartz scheduler per node (the
/// claims, not Quartz, make a period run once across nodes), the catch-up at start, and the administrators' API.
/// </summary>
public sealed class JobsModule : IModule
{
    public string Name => JobsDbContext.Module;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<JobsDbContext>(configuration, Name);
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.Section));
        services.AddScoped<JobClaims>();
        services.AddSingleton<JobRunner>();
        services.AddScoped<JobsOverview>();
        // Quartz keeps schedulers in a process-wide repository by name: one name per host (test hosts share a process).
        services.AddQuartz(q => q.ConfigureScheduler(o => o.InstanceName = $"zhili-{Guid.NewGuid():N}"));
        services.AddHostedService<JobScheduler>();
        services.AddBackgroundLoop<JobsCatchUp>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/v1/jobs").MapJobEndpoints();
}
