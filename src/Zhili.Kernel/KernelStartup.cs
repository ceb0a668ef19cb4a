namespace Zhili.Kernel;

/// <summary>At start: seed the directory (K-UNITS), then load the directory and calendar snapshots.</summary>
public sealed class KernelStartup(DirectoryStore directory, CalendarStore calendar) : IStartupTask
{
    public int Order => 0;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await directory.SeedAsync(cancellationToken);
        await directory.ReloadAsync(cancellationToken);
        await calendar.ReloadAsync(cancellationToken);
    }
}
