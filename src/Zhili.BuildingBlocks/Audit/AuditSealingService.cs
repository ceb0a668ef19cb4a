namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// Runs the sealer every <c>Zhili:Audit:SealIntervalSeconds</c> seconds of the app's clock (default 5; 0 or less turns
/// it off, e.g. for a test that seals on demand). Every app node runs it; <see cref="AuditSealer"/> makes that safe.
/// </summary>
public sealed class AuditSealingService(AuditSealer sealer, TimeProvider clock, IConfiguration configuration) : IBackgroundLoop
{
    public const string IntervalKey = "Zhili:Audit:SealIntervalSeconds";
    public const int DefaultIntervalSeconds = 5;

    public string Name => "audit.seal";

    public TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue(IntervalKey, DefaultIntervalSeconds)));

    public bool Enabled => configuration.GetValue(IntervalKey, DefaultIntervalSeconds) > 0;

    public TimeProvider Clock => clock;

    public Task RunAsync(CancellationToken stopping) => sealer.SealAsync(stopping);
}
