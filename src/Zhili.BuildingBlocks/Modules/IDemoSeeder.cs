namespace Zhili.BuildingBlocks.Modules;

/// <summary>
/// Seeds a module's demo data (drawn from the gazette) when the app runs with --demo.
/// Must be idempotent: it runs at every start in demo mode.
/// </summary>
public interface IDemoSeeder
{
    /// <summary>Lower numbers run first (the kernel's directory before the modules that use it).</summary>
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
