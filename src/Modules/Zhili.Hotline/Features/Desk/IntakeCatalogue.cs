namespace Zhili.Hotline.Features.Desk;

/// <summary>
/// Category editing, duplicate suggestions and links, the knowledge base and first-contact closure (H-FLOW, H-SLA):
/// their services and endpoints, registered by the module in one line each.
/// </summary>
public static class IntakeCatalogue
{
    public static IServiceCollection AddIntakeCatalogue(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DuplicateOptions>().Bind(configuration.GetSection(DuplicateOptions.Section));
        services.AddScoped<DuplicateFinder>();
        services.AddBackgroundLoop<DuplicateFeed>();
        services.AddSingleton<IModuleInterceptor<HotlineDbContext>, DuplicateSaves>();
        services.AddScoped<IntakeDesk>();
        services.AddScoped<CategoryService>();
        services.AddScoped<KnowledgeBase>();
        services.AddScoped<IDemoSeeder, KnowledgeDemo>();
        return services;
    }

    public static void MapIntakeCatalogue(this IEndpointRouteBuilder api)
    {
        api.MapCategoryEndpoints();
        api.MapKnowledgeEndpoints();
        api.MapIntakeEndpoints();
    }
}
