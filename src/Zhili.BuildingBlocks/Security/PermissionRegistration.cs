using System.Security.Claims;

namespace Zhili.BuildingBlocks.Security;

public static class PermissionRegistration
{
    // Permissions are fixed by the code; one table serves every host in the process.
    private static readonly ConcurrentDictionary<string, Permission> Known = new(StringComparer.Ordinal);

    /// <summary>Registers each permission as the authorization policy of its name.</summary>
    public static IServiceCollection AddPermissions(this IServiceCollection services, params Permission[] permissions)
    {
        var builder = services.AddAuthorizationBuilder();
        foreach (var permission in permissions)
        {
            Known[permission.Name] = permission;
            builder.AddPolicy(permission.Name, p => p.AddRequirements(permission));
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, PermissionHandler>());
        return services;
    }

    /// <summary>The permission registered under that policy name, if any (the API reference and the tests describe endpoints by it).</summary>
    public static Permission? Find(string name) => Known.GetValueOrDefault(name);

    /// <summary>Whether the user holds the permission of that name at its level now (pages ask it to show an action or not).</summary>
    public static bool Holds(this ClaimsPrincipal user, string permission) =>
        Known.TryGetValue(permission, out var p) ? p.IsHeldBy(user, DataScope.Current)
            : throw new InvalidOperationException($"No permission named {permission} is registered.");

    private sealed class PermissionHandler : AuthorizationHandler<Permission>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, Permission requirement)
        {
            if (requirement.IsHeldBy(context.User, DataScope.Current))
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }
    }
}
