namespace Zhili.Identity.Scope;

/// <summary>The actor of the current request, or <c>system</c> outside one (jobs, the CLI).</summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public string Name => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user
        ? user.Identity!.Name ?? "unknown"
        : accessor.HttpContext is null ? "system" : "anonymous";

    public string? UnitCode => accessor.HttpContext?.User.FindFirstValue(ZhiliClaims.Unit);

    public string? RequestId => accessor.HttpContext?.TraceIdentifier;
}
