namespace Zhili.WageArrears.Tests;

/// <summary>
/// The app with the audit sealer's timer off: these tests move the clock by months, and a 5-second periodic timer on
/// the fake clock would fire once for every 5 seconds skipped.
/// </summary>
public sealed class BlacklistFixture : AppFixture
{
    protected override void Configure(ZhiliFactory factory) => factory.Settings["Zhili:Audit:SealIntervalSeconds"] = "0";
}
