using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Zhili.BuildingBlocks.Security;

namespace Zhili.Identity.Scope;

/// <summary>Puts the signed-in person's data scope in force for the rest of the request (after authentication).</summary>
public sealed class DataScopeMiddleware(RequestDelegate next, DataScopeResolver resolver)
{
    public async Task InvokeAsync(HttpContext context)
    {
        using (DataScope.Enter(resolver.Resolve(context.User)))
        {
            await next(context);
        }
    }
}

public static class DataScopeMiddlewareExtensions
{
    public static IApplicationBuilder UseDataScope(this IApplicationBuilder app) => app.UseMiddleware<DataScopeMiddleware>();
}
