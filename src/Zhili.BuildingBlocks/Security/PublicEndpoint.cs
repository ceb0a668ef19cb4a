namespace Zhili.BuildingBlocks.Security;

/// <summary>
/// Marks an endpoint or page as deliberately open to anonymous users (it also lifts the app's fallback policy).
/// The architecture test fails for any endpoint that has neither an authorization policy nor this marker.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PublicEndpointAttribute : Attribute, IAllowAnonymous
{
    /// <summary>
    /// A public door that also serves staff (e.g. <c>/hotline</c>: the citizens' front door, the staff's list): a signed-in
    /// person keeps their own data scope here, and the page checks the permission itself before it reads scoped data.
    /// </summary>
    public bool KeepsScope { get; set; }
}
