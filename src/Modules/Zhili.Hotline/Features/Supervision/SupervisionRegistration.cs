namespace Zhili.Hotline.Features;

/// <summary>Three-level supervision's services, policy, rule features and endpoints, added by the hotline module.</summary>
public static class SupervisionRegistration
{
    /// <summary>The handling units (departments, districts, streets): they reply to notices and file plans and reports.</summary>
    public const string UnitPolicy = HotlineRoles.UnitPolicy;

    public static IServiceCollection AddSupervision(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SupervisionOptions>().Bind(configuration.GetSection(SupervisionOptions.Section));
        services.AddScoped<SupervisionTerms>();
        services.AddScoped<SupervisionService>();
        services.AddScoped<SupervisionForms>();
        services.AddScoped<SupervisionQueries>();
        services.AddScoped<NoticeNumbers>();
        services.AddScoped<IDemoSeeder, SupervisionDemo>();
        services.AddSingleton(new RuleFeature("H-FORM-1", "电话跟踪记录", "/hotline/supervisions"));
        services.AddSingleton(new RuleFeature("H-FORM-2", "专项督办通知、重点督办通知与书面回复", "/hotline/supervisions"));
        services.AddSingleton(new RuleFeature("H-FORM-3", "协调会记录", "/hotline/supervisions"));
        services.AddSingleton(new RuleFeature("H-FORM-4", "现场督导记录", "/hotline/supervisions"));
        services.AddSingleton(new RuleFeature("H-FORM-5", "挂牌督办与核销", "/hotline/supervisions"));
        return services;
    }

    public static void MapSupervisionEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapSupervisionCaseEndpoints();
        g.MapSupervisionFormEndpoints();
        g.MapListingEndpoints();
    }
}
