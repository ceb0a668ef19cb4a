namespace Zhili.BuildingBlocks.Freshness;

/// <summary>A module's context with the data sets it declares (its model maps their stamps: <see cref="FreshStampModel"/>).</summary>
public sealed record FreshContext(Type Context, IReadOnlyList<DataSet> Sets);

public static class FreshnessRegistration
{
    public static IServiceCollection AddFreshData<TContext>(this IServiceCollection services, IReadOnlyList<DataSet> sets)
        where TContext : DbContext
    {
        services.TryAddSingleton<FreshVersions>();
        services.AddBackgroundLoop<FreshnessListener>();
        services.AddSingleton(new FreshContext(typeof(TContext), sets));
        services.AddSingleton<IModuleInterceptor<TContext>>(sp => new FreshnessInterceptor<TContext>(sets, sp.GetRequiredService<FreshVersions>()));
        return services;
    }
}
