using System.Reflection;
using NetArchTest.Rules;
using Shouldly;
using Xunit;
using Zhili.Kernel;
using Zhili.Web;

namespace Zhili.ArchitectureTests;

/// <summary>ARCHITECTURE rule 1: a module depends on the kernel, the building blocks and other modules' Contracts only.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly BuildingBlocks = typeof(BuildingBlocks.Modules.IModule).Assembly;
    private static readonly Assembly Kernel = typeof(KernelModule).Assembly;

    private static IEnumerable<Assembly> ModuleAssemblies =>
        ModuleRegistry.All.Select(m => m.GetType().Assembly).Where(a => a != Kernel && a != BuildingBlocks).Distinct();

    [Fact]
    public void Building_blocks_know_no_business_and_no_host()
    {
        var names = BuildingBlocks.GetReferencedAssemblies().Select(a => a.Name).ToList();
        names.ShouldNotContain("Zhili.Kernel");
        names.ShouldNotContain("Zhili.Web");
    }

    [Fact]
    public void The_kernel_depends_on_the_building_blocks_only()
    {
        var zhili = Kernel.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Zhili.", StringComparison.Ordinal)).ToList();
        zhili.ShouldBe(["Zhili.BuildingBlocks"]);
    }

    [Fact]
    public void Modules_reach_other_modules_through_their_contracts_only()
    {
        var modules = ModuleAssemblies.ToList();
        foreach (var module in modules)
        {
            module.GetReferencedAssemblies().Select(a => a.Name).ShouldNotContain("Zhili.Web", module.GetName().Name);
            foreach (var other in modules.Where(o => o != module))
            {
                // The module's own namespaces only (Razor puts every library's views in one shared generated namespace).
                var root = other.GetName().Name!;
                var internals = other.GetTypes().Select(t => t.Namespace).OfType<string>().Distinct()
                    .Where(ns => ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal))
                    .Where(ns => !ns.Contains(".Contracts", StringComparison.Ordinal)).ToArray();
                var result = Types.InAssembly(module).ShouldNot().HaveDependencyOnAny(internals).GetResult();
                result.IsSuccessful.ShouldBeTrue($"{module.GetName().Name} uses {other.GetName().Name} outside its Contracts: "
                    + string.Join(", ", result.FailingTypeNames ?? []));
            }
        }
    }
}
