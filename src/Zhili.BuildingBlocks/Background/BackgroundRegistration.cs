namespace Zhili.BuildingBlocks.Background;

public static class BackgroundRegistration
{
    /// <summary>Adds a recurring loop of this node (ARCHITECTURE rule 18), a singleton run by <see cref="BackgroundLoops"/>.</summary>
    public static IServiceCollection AddBackgroundLoop<TLoop>(this IServiceCollection services)
        where TLoop : class, IBackgroundLoop
    {
        services.TryAddSingleton<TLoop>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBackgroundLoop, TLoop>(sp => sp.GetRequiredService<TLoop>()));
        services.TryAddSingleton<BackgroundLoops>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, BackgroundLoops>(sp => sp.GetRequiredService<BackgroundLoops>()));
        return services;
    }
}
