using Zhili.BuildingBlocks.Texts;
using Zhili.Hotline.Features.Open311;
using Zhili.Hotline.Jobs;
using Zhili.Hotline.Features.GroupCommit;
using Zhili.Hotline.Pages.Hotline;

namespace Zhili.Hotline;

/// <summary>The 12345 mayor's hotline (rules H-*): appeals, deadlines, extensions, supervision levels.</summary>
public sealed class HotlineModule : IModule
{
    public string Name => HotlineDbContext.Module;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<HotlineDbContext>(configuration, Name);
        services.AddOptions<SlaOptions>().Bind(configuration.GetSection(SlaOptions.Section));
        services.AddScoped<Sla>();
        services.AddScoped<AppealService>();
        services.AddScoped<Features.Streets.StreetService>();
        services.AddOptions<IntakeOptions>().Bind(configuration.GetSection(IntakeOptions.Section));
        services.AddFreshData<HotlineDbContext>(HotlineDbContext.DataSets);
        services.AddSingleton<LeafCategories>();
        services.AddSingleton<IntakeMetrics>();
        services.AddBackgroundLoop<IntakeWriter>();
        services.AddScoped<AppealQueries>();
        services.AddSupervision(configuration);
        services.AddIntakeCatalogue(configuration);
        services.AddBulletins(configuration);
        services.AddScoped<IDemoSeeder, HotlineDemo>();
        services.AddScoped<IDemoSeeder, StreetDemo>();
        services.AddScheduledJob<DeadlineJob>()
            .AddScheduledJob<DailyBulletinJob>().AddScheduledJob<WeeklyBulletinJob>().AddScheduledJob<MonthlyBulletinJob>()
            .AddScheduledJob<QuarterlyBulletinJob>().AddScheduledJob<AnnualBulletinJob>();
        services.AddValidatorsFromAssemblyContaining<HotlineModule>(includeInternalTypes: true);
        // Intake is the hot path: its validators hold no state, so one instance serves every request.
        services.AddSingleton<IValidator<NewAppealRequest>, NewAppealValidator>();
        services.AddSingleton<IValidator<PublicAppealRequest>, PublicAppealValidator>();
        services.AddPermissions(HotlineRoles.All);
        services.AddSingleton(new NavItem("12345热线", "/hotline", 100));
        services.AddSingleton(new PublicService("12345热线", "向市长电话反映诉求，凭受理编号查询办理进度和答复。", 100,
            new PublicLink("反映诉求", "/hotline/submit"), new PublicLink("查询进度", "/hotline/status"), new PublicLink("12345热线", "/hotline/citizens")));
        services.AddSingleton(new RuleFeature("H-FLOW", "12345热线诉求办理", "/hotline"));
        services.AddSingleton(new RuleFeature("H-SLA", "诉求办理期限", "/hotline"));
        services.AddSingleton(new RuleFeature("H-EXT", "延期申请与审批", "/hotline"));
        services.AddSingleton(new RuleFeature("H-LVL", "三级督办", "/hotline"));
        services.AddSingleton(new TextSource(typeof(HotlineModule).Assembly));
        services.AddOpen311();
        services.AddStaffPages();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/hotline");
        api.MapAppealEndpoints();
        api.MapPublicEndpoints();
        api.MapSupervisionEndpoints();
        endpoints.MapOpen311Endpoints();
        api.MapIntakeCatalogue();
        api.MapBulletins();
        api.MapUnitChoices();
    }
}
