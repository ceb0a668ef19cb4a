using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Jobs;
using Zhili.BuildingBlocks.Modules;
using Zhili.BuildingBlocks.Texts;
using Zhili.Roads.Demo;

namespace Zhili.Roads;

/// <summary>The road chief system (rules R-*): roads and segments, chiefs, public boards.</summary>
public sealed class RoadsModule : IModule
{
    public string Name => RoadsDbContext.Module;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<RoadsDbContext>(configuration, Name);
        services.AddOptions<RoadsOptions>().Bind(configuration.GetSection(RoadsOptions.Section));
        services.AddScoped<SegmentService>();
        services.AddScoped<SegmentQueries>();
        services.AddScoped<ChiefService>();
        services.AddScoped<ChiefQueries>();
        services.AddScoped<BoardQueries>();
        services.AddScoped<PatrolService>();
        services.AddScoped<PatrolQueries>();
        services.AddScoped<ComplianceQueries>();
        services.AddScheduledJob<PatrolCheckJob>();
        services.AddScoped<IDemoSeeder, RoadsDemo>();
        services.AddScoped<IDemoSeeder, PatrolDemo>();
        services.AddScoped<ProblemService>();
        services.AddScoped<ProblemQueries>();
        services.AddScoped<ProblemIndicators>();
        services.AddScoped<IDemoSeeder, ProblemsDemo>();
        services.AddValidatorsFromAssemblyContaining<RoadsModule>();
        services.AddPermissions(Roles.All);
        services.AddPermissions(ProblemRoles.All);
        services.AddSingleton(new NavItem("路长制", "/roads", 200));
        services.AddSingleton(new PublicService("路长制", "查看各路段的道路管理责任公示牌：路长姓名、职务、职责和办公电话。", 200, new PublicLink("查看路段", "/roads")));
        services.AddSingleton(new NavItem("路段与路长", "/roads/segments", 201, Roles.Readers));
        services.AddSingleton(new NavItem("路长巡查", "/roads/patrols", 202, Roles.Readers));
        services.AddSingleton(new NavItem("路段问题", "/roads/problems", 203, Roles.Readers));
        services.AddSingleton(new TextSource(typeof(RoadsModule).Assembly));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/roads");
        api.MapSegmentEndpoints();
        api.MapBoardEndpoints();
        api.MapChiefEndpoints();
        api.MapPatrolEndpoints();
        api.MapProblemEndpoints();
    }
}
