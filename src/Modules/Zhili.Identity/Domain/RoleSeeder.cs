namespace Zhili.Identity.Domain;

/// <summary>At start: every role of <see cref="ZhiliRoles"/> exists.</summary>
public sealed class RoleSeeder(RoleManager<IdentityRole> roles) : IStartupTask
{
    public int Order => 10;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var (role, _) in ZhiliRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
