namespace Zhili.BuildingBlocks.Audit;

/// <summary>Reads the audit keys before anything is saved, so that an app without a key stops at once with the reason.</summary>
public sealed class AuditKeyCheck(AuditKeys keys) : IStartupTask
{
    public int Order => int.MinValue;

    public Task RunAsync(CancellationToken cancellationToken)
    {
        _ = keys.CurrentId;
        return Task.CompletedTask;
    }
}
