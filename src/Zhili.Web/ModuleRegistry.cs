using Zhili.BuildingBlocks.Jobs;
using Zhili.Gazette;
using Zhili.Hotline;
using Zhili.Identity;
using Zhili.Roads;
using Zhili.WageArrears;

namespace Zhili.Web;

/// <summary>Every module of Zhili, in the order they are registered. A new module is one line here.</summary>
public static class ModuleRegistry
{
    public static IReadOnlyList<IModule> All { get; } =
    [
        new AuditModule(),
        new JobsModule(),
        new KernelModule(),
        new IdentityModule(),
        new GazetteModule(),
        new HotlineModule(),
        new WageArrearsModule(),
        new RoadsModule(),
    ];
}
