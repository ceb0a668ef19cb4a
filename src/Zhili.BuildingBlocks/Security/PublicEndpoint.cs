namespace Zhili.BuildingBlocks.Security;

/// <summary>
/// Marks an endpoint or page as deliberately open to anonymous users (it also lifts the app's fallback policy).
/// The architecture test fails for any endpoint that has neither an authorization policy nor this marker.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PublicEndpointAttribute : Attribute, IAllowAnonymous;
