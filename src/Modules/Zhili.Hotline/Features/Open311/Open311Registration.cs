namespace Zhili.Hotline.Features.Open311;

public static class Open311Registration
{
    /// <summary>The Open311 services, and the GeoReport form of every error under /open311.</summary>
    public static IServiceCollection AddOpen311(this IServiceCollection services)
    {
        services.AddScoped<Open311Catalogue>();
        services.AddScoped<Open311Intake>();
        services.AddScoped<Open311Queries>();
        services.AddScoped<Open311RequestView>();
        services.AddScoped<Open311Reads>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, Open311AuthorizationResults>();
        services.AddSingleton<IErrorFormat, Open311ErrorFormat>();
        services.AddSingleton(new RuleFeature("H-FLOW", "Open311 GeoReport v2 接口（合作系统提交诉求、公开查询办理状态）", "/api"));
        return services;
    }
}
