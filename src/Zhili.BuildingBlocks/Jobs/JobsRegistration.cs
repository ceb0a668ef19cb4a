namespace Zhili.BuildingBlocks.Jobs;

public static class JobsRegistration
{
    /// <summary>Adds a module's scheduled job (ARCHITECTURE rule 10); the jobs module triggers it and claims its runs.</summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services)
        where TJob : class, IScheduledJob =>
        services.AddScoped<IScheduledJob, TJob>();
}
