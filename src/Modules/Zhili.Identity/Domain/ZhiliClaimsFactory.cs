namespace Zhili.Identity.Domain;

/// <summary>Puts the person's unit and name into the sign-in cookie, so that the data scope needs no lookup per request.</summary>
public sealed class ZhiliClaimsFactory(UserManager<ZhiliUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ZhiliUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ZhiliUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ZhiliClaims.Unit, user.UnitCode));
        identity.AddClaim(new Claim(ZhiliClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
