using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zhili.BuildingBlocks.Security;
using Zhili.Identity.Domain;

namespace Zhili.Identity.Partners;

/// <summary>
/// The <see cref="PartnerAccess.Scheme"/> scheme: a partner key in <c>X-Api-Key</c>, or in <c>?api_key=</c> or an
/// <c>api_key</c> form field for Open311 GeoReport v2 clients. The principal is <c>partner:&lt;Partner&gt;</c> with one
/// scope claim per granted scope.
/// Endpoints opt in with <see cref="PartnerAccess.RequirePartnerScope"/>; it is never the default scheme.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyValidator keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[PartnerAccess.Header].ToString();
        if (presented.Length == 0)
        {
            presented = Request.Query[PartnerAccess.QueryParameter].ToString();
        }

        // GeoReport v2 posts the key among the form fields of the request body (an unreadable form carries no key).
        if (presented.Length == 0 && Request.HasFormContentType)
        {
            try
            {
                presented = (await Request.ReadFormAsync(Context.RequestAborted))[PartnerAccess.QueryParameter].ToString();
            }
            catch (InvalidDataException)
            {
                presented = "";
            }
        }

        if (presented.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var key = await keys.ValidateAsync(presented.Trim(), Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("The API key is unknown, revoked or expired.");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, $"partner:{key.Partner}"),
            new(PartnerAccess.KeyIdClaim, key.Id.ToString(CultureInfo.InvariantCulture)),
            new(PartnerAccess.RequestsPerMinuteClaim, key.RequestsPerMinute.ToString(CultureInfo.InvariantCulture)),
        };
        claims.AddRange(key.Scopes.Select(s => new Claim(ZhiliClaims.Scope, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    /// <summary>401 that tells the caller where the key goes (the API's problem details body is added by the host).</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{PartnerAccess.Scheme} header=\"{PartnerAccess.Header}\"";
        return Task.CompletedTask;
    }
}
