using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Jobs;
using Zhili.BuildingBlocks.Modules;
using Zhili.BuildingBlocks.Texts;
using Zhili.WageArrears.Jobs;
using Zhili.WageArrears.Demo;

namespace Zhili.WageArrears;

/// <summary>The wage-arrears blacklist (rules B-*): cases, listing, objections, terms, editions, lookup.</summary>
public sealed class WageArrearsModule : IModule
{
    public string Name => WageArrearsDbContext.Module;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<WageArrearsDbContext>(configuration, Name);
        services.AddOptions<BlacklistOptions>().Bind(configuration.GetSection(BlacklistOptions.Section));
        services.AddScoped<Deadlines>();
        services.AddScoped<CaseService>();
        services.AddScoped<DocumentNumbers>();
        services.AddScoped<CaseQueries>();
        services.AddScoped<DueQueries>();
        services.AddFreshData<WageArrearsDbContext>([WageArrearsDbContext.Lookup]);
        services.AddSingleton<LookupSnapshot>();
        services.AddSingleton<LookupService>();
        services.AddScoped<AccessCodeService>();
        services.AddScoped<SelfServiceService>();
        services.AddScoped<ObjectionService>();
        services.AddScoped<TermService>();
        services.AddScheduledJob<TermReviewJob>();
        services.AddScoped<EditionService>();
        services.AddScoped<IDemoSeeder, BlacklistDemo>();
        services.AddValidatorsFromAssemblyContaining<WageArrearsModule>();
        services.AddPermissions(Roles.All);
        services.AddSingleton(new NavItem("欠薪黑名单", "/blacklist", 300));
        services.AddSingleton(new PublicService("欠薪黑名单", "查询拖欠农民工工资“黑名单”的公布名单。", 300, new PublicLink("查看名单", "/blacklist")));
        services.AddSingleton(new NavItem("黑名单案件", "/blacklist/cases", 301, Roles.Staff));
        services.AddSingleton(new TextSource(typeof(WageArrearsModule).Assembly));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/blacklist");
        api.MapCaseEndpoints();
        api.MapLookupEndpoints();
        api.MapObjectionEndpoints();
        api.MapTermEndpoints();
        api.MapEditionEndpoints();
        api.MapSelfServiceEndpoints();
    }
}
