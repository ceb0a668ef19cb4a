using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Zhili.BuildingBlocks.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Zhili.Testing;

/// <summary>
/// Test-host-only sign-in: <c>X-Test-User: name;role1,role2;unit</c>. Without the header the app's own sign-in cookie
/// decides (anonymous without one: redirect to sign-in, 401 for the API).
/// </summary>
public sealed class TestSignIn(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string Header = "X-Test-User";

    /// <summary>A city administrator, as the header value.</summary>
    public const string Admin = "admin.test;admin;410100";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var value) || string.IsNullOrEmpty(value))
        {
            return Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        }

        var parts = value.ToString().Split(';');
        var claims = new List<Claim> { new(ClaimTypes.Name, parts[0]) };
        if (parts.Length > 1)
        {
            claims.AddRange(parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => new Claim(ClaimTypes.Role, r)));
        }

        if (parts.Length > 2)
        {
            claims.Add(new Claim(ZhiliClaims.Unit, parts[2]));
        }

        var identity = new ClaimsIdentity(claims, SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
