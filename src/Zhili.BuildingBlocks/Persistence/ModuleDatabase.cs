namespace Zhili.BuildingBlocks.Persistence;

/// <summary>A module's DbContext as the host sees it: migrated at start, checked by health, listed by the CLI.</summary>
public sealed record ModuleDatabase(string Module, Type ContextType)
{
    public DbContext Resolve(IServiceProvider services) => (DbContext)services.GetService(ContextType)!;
}
