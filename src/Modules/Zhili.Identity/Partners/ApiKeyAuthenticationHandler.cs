using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;

namespace Zhili.Identity.Partners;

/// <summary>
/// The <see cref="PartnerAccess.Scheme"/> scheme: a partner key in <c>X-Api-Key</c>; under
/// <see cref="PartnerAccess.Open311Root"/> also in <c>?api_key=</c> or an <c>api_key</c> form field, as GeoReport v2
/// clients send it. Elsewhere a key in the query string is refused without being read. An invalid key counts against
/// the caller's address (<see cref="InvalidKeyThrottle"/>). The principal is <c>partner:&lt;Partner&gt;</c> with one
/// scope claim per granted scope. Endpoints opt in with <see cref="PartnerAccess.RequirePartnerScope"/>; it is never
/// the default scheme. No message of this handler holds the key.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyValidator keys, InvalidKeyThrottle throttle)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Missing = "缺少合作系统密钥：请放在请求头 X-Api-Key 中 (no partner key: send it in the X-Api-Key header)";
    public const string InQuery = "合作系统密钥只能放在请求头 X-Api-Key 中，不能放在网址的查询参数里；该密钥已出现在网址中，请吊销并重新签发 "
        + "(a partner key goes in the X-Api-Key header, never in the query string; the key was exposed in a URL: revoke and reissue it)";
    public const string Invalid = "合作系统密钥无效、已吊销或已过期 (the partner key is unknown, revoked or expired)";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var open311 = Request.Path.StartsWithSegments(PartnerAccess.Open311Root);
        if (!open311 && Request.Query.ContainsKey(PartnerAccess.QueryParameter))
        {
            return AuthenticateResult.Fail(InQuery);
        }

        var presented = Request.Headers[PartnerAccess.Header].ToString();
        if (presented.Length == 0 && open311)
        {
            presented = await Open311KeyAsync();
        }

        if (presented.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var key = await keys.ValidateAsync(presented.Trim(), Context.RequestAborted);
        if (key is null)
        {
            throttle.Failed(ClientAddress.Of(Context));
            return AuthenticateResult.Fail(Invalid);
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

    /// <summary>401 that tells the caller where the key goes and why it was refused, as problem details.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var refused = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{PartnerAccess.Scheme} header=\"{PartnerAccess.Header}\"";
        await Context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Type = "https://zhili.gov.cn/problems/partner-key",
                Title = "需要有效的合作系统密钥 (a valid partner key is required)",
                Detail = refused.Failure?.Message ?? Missing,
            },
        });
    }

    /// <summary>GeoReport v2 sends the key as <c>api_key</c> in the query or among a POST's form fields.</summary>
    private async Task<string> Open311KeyAsync()
    {
        var presented = Request.Query[PartnerAccess.QueryParameter].ToString();
        if (presented.Length > 0 || !Request.HasFormContentType)
        {
            return presented;
        }

        try
        {
            return (await Request.ReadFormAsync(Context.RequestAborted))[PartnerAccess.QueryParameter].ToString();
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !Context.RequestAborted.IsCancellationRequested)
        {
            // An unreadable or over-size form carries no key; the endpoint's own refusal tells the client why (400, 413).
            return "";
        }
    }
}
