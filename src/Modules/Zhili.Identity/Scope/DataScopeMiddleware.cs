namespace Zhili.Identity.Scope;

/// <summary>
/// Puts the signed-in person's data scope in force for the rest of the request (after authentication). A public surface
/// answers a signed-in person as it answers anyone (ARCHITECTURE rule 15): it shows public data only, so the person's
/// own scope would only hide a citizen's appeal or refuse a citizen's form. A door that also serves staff keeps their scope.
/// </summary>
public sealed class DataScopeMiddleware(RequestDelegate next, DataScopeResolver resolver)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var scope = context.GetEndpoint()?.Metadata.GetMetadata<PublicEndpointAttribute>() is { KeepsScope: false }
            ? DataScope.Unrestricted
            : resolver.Resolve(context.User);
        using (DataScope.Enter(scope))
        {
            await next(context);
        }
    }
}

public static class DataScopeMiddlewareExtensions
{
    public static IApplicationBuilder UseDataScope(this IApplicationBuilder app) => app.UseMiddleware<DataScopeMiddleware>();
}
