namespace Zhili.BuildingBlocks.Security;

/// <summary>
/// Where the app serves real people: anywhere but Development, the test host (environment <c>Testing</c>) and demo mode
/// (<c>--demo</c>), which run on plain HTTP on one machine. A real deployment gets Secure cookies and must be given its
/// data-protection key file (docs/security.md).
/// </summary>
public static class Deployment
{
    public const string DemoKey = "Zhili:Demo";

    public static bool IsDemo(IConfiguration configuration) => configuration.GetValue<bool>(DemoKey);

    public static bool IsReal(IHostEnvironment environment, IConfiguration configuration) =>
        !environment.IsDevelopment() && !environment.IsEnvironment("Testing") && !IsDemo(configuration);
}
