namespace Zhili.Hotline.Features.Bulletins;

/// <summary>H-BUL, H-CRIT, H-TALK, H-ACC: the bulletins' services, navigation and endpoints.</summary>
public static class BulletinRegistration
{
    public static IServiceCollection AddBulletins(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BulletinOptions>().Bind(configuration.GetSection(BulletinOptions.Section));
        services.AddScoped<BulletinService>();
        services.AddScoped<CriticismService>();
        services.AddScoped<InterviewService>();
        services.AddScoped<AccountabilityQueries>();
        services.AddSingleton(new NavItem("督办通报", "/hotline/bulletins", 101, HotlineRoles.Staff));
        services.AddSingleton(new RuleFeature("H-BUL", "督办通报（日清、周综、月结、季评、年考核）", "/hotline/bulletins"));
        services.AddSingleton(new RuleFeature("H-CRIT", "通报批评与情况说明", "/hotline/criticisms"));
        services.AddSingleton(new RuleFeature("H-TALK", "约谈建议", "/hotline/interviews"));
        services.AddSingleton(new RuleFeature("H-ACC", "移送纪检监察", "/hotline/referrals"));
        return services;
    }

    public static void MapBulletins(this IEndpointRouteBuilder api)
    {
        api.MapBulletinEndpoints();
        api.MapAccountabilityEndpoints();
    }
}
