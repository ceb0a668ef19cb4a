namespace Zhili.Identity.Tests.Accounts;

/// <summary>An app with the demo accounts (one per role, in a few units; password DemoAccounts.Password).</summary>
public sealed class DemoFixture : AppFixture
{
    protected override void Configure(ZhiliFactory factory) => factory.Settings["Zhili:Demo"] = "true";
}
