using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Modules;
using Zhili.BuildingBlocks.Persistence;
using Zhili.BuildingBlocks.Texts;

namespace Zhili.Gazette;

/// <summary>The gazette library: documents, registries, rule citations and search (rules G-*).</summary>
public sealed class GazetteModule : IModule
{
    public string Name => GazetteDbContext.Module;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<GazetteDbContext>(configuration, Name);
        services.AddSingleton<Segmenter>();
        services.AddScoped<GazetteImporter>();
        services.AddScoped<GazetteReimporter>();
        services.AddScoped<GazetteSearch>();
        services.AddScoped<TextMatches>();
        services.AddScoped<GazetteQueries>();
        services.AddSingleton(new NavItem("政府公报", "/gazette", 800));
        services.AddSingleton(new PublicService("政府公报", "查阅《郑州市人民政府公报》所载文件。", 800, new PublicLink("查阅公报", "/gazette")));
        services.AddSingleton(new RuleFeature("G-DOC", "政府公报文件库", "/gazette"));
        services.AddSingleton(new RuleFeature("G-GROUP", "领导小组与联席会议名录", "/gazette/registries"));
        services.AddSingleton(new RuleFeature("G-LIST", "表彰名单与煤矿关闭名单", "/gazette/registries"));
        services.AddSingleton(new RuleFeature("G-CITE", "规则出处", "/gazette/rules"));
        services.AddSingleton(new TextSource(typeof(GazetteModule).Assembly));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/gazette");
        api.MapDocumentEndpoints();
        api.MapRegistryEndpoints();
        api.MapRuleEndpoints();
    }
}
