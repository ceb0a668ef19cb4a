using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zhili.BuildingBlocks.Audit;
using Zhili.BuildingBlocks.Freshness;
using Zhili.BuildingBlocks.Texts;
using Zhili.Kernel.Features.Calendar;
using Zhili.Kernel.Features.Codes;
using Zhili.Kernel.Features.Units;
using Zhili.Kernel.Masking;

namespace Zhili.Kernel;

/// <summary>The kernel as a module: the directory, the working-day calendar and the code checks.</summary>
public sealed class KernelModule : IModule
{
    public string Name => KernelDbContext.Module;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<KernelDbContext>(configuration, Name);
        services.AddSingleton<AdminUnitsHolder>();
        services.AddSingleton<IAdminUnits>(sp => sp.GetRequiredService<AdminUnitsHolder>());
        services.AddSingleton(sp => NewCalendarHolder(sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<IWorkingDayCalendar>(sp => sp.GetRequiredService<CalendarHolder>());
        services.AddScoped<DirectoryStore>();
        services.AddScoped<CalendarStore>();
        services.AddScoped<IStartupTask, KernelStartup>();
        // K-MASK: personal data in audit records is masked as they are written (ARCHITECTURE rule 11).
        services.AddSingleton<IPersonalDataMasking, AuditMasking>();
        services.AddScoped<IDemoSeeder, DirectoryDemo>();
        services.AddFreshData<KernelDbContext>(KernelDbContext.DataSets);
        // K-UNITS, K-YEAR: read synchronously everywhere, so reloaded ahead of their readers when another node changes them.
        services.AddSingleton(new FreshFollower(KernelDbContext.Directory.Name, (sp, ct) => sp.GetRequiredService<DirectoryStore>().ReloadAsync(ct)));
        services.AddSingleton(new FreshFollower(KernelDbContext.Calendar.Name, (sp, ct) => sp.GetRequiredService<CalendarStore>().ReloadAsync(ct)));
        services.AddValidatorsFromAssemblyContaining<KernelModule>(includeInternalTypes: true);
        services.AddSingleton(new TextSource(typeof(KernelModule).Assembly));
        services.AddSingleton(new RuleFeature("K-WD", "工作日历与期限计算", "/calendar"));
        services.AddSingleton(new RuleFeature("K-YEAR", "工作日历与期限计算", "/calendar"));
        services.AddSingleton(new RuleFeature("K-UNITS", "单位目录", "/units"));
        services.AddSingleton(new RuleFeature("K-BLOCKS", "单位目录（板块）", "/units"));
        services.AddSingleton(new RuleFeature("K-USCC", "统一社会信用代码校验接口", "/api"));
        services.AddSingleton(new RuleFeature("K-ID", "身份证号码校验接口", "/api"));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/kernel");
        api.MapUnitEndpoints();
        api.MapCalendarEndpoints();
        api.MapCodeCheckEndpoints();
    }

    // K-WD-1: a date outside the data counts Monday–Friday; the holder calls back once per such year (health shows it too).
    private static CalendarHolder NewCalendarHolder(ILoggerFactory loggers)
    {
        var log = loggers.CreateLogger("Zhili.Kernel.Calendar");
        return new CalendarHolder(year => log.LogWarning(
            "K-WD-1: no holiday arrangement is loaded for {Year}; counting Monday to Friday. "
            + "Load it with `calendar import <file>` or on the calendar page.", year));
    }
}
