namespace Zhili.BuildingBlocks.Security;

/// <summary>
/// How partner systems (e.g. the public-resource trading centre's joint-punishment checks) reach Zhili: an API key
/// in <c>X-Api-Key</c> (Open311 GeoReport clients under <see cref="Open311Root"/> may also send <c>api_key</c>), checked
/// by the identity module's <see cref="Scheme"/> handler, which puts one <see cref="ScopeClaim"/> per granted scope on the
/// partner's principal. Anywhere else a key in the query string is refused unread: URLs end up in proxies' logs.
/// </summary>
public static class PartnerAccess
{
    /// <summary>The authentication scheme that reads partner keys.</summary>
    public const string Scheme = "ApiKey";

    public const string Header = "X-Api-Key";

    /// <summary>The query parameter (or, on a form POST, the form field) Open311 GeoReport v2 clients send their key in.</summary>
    public const string QueryParameter = "api_key";

    /// <summary>The only path under which <see cref="QueryParameter"/> is read (GeoReport v2 defines it).</summary>
    public const string Open311Root = "/open311";

    /// <summary>A granted scope; the same value as <c>Zhili.Identity.Domain.ZhiliClaims.Scope</c> (a test checks).</summary>
    public const string ScopeClaim = "zhili:scope";

    /// <summary>The key's id: the partner rate limiter's partition.</summary>
    public const string KeyIdClaim = "zhili:key";

    /// <summary>The key's own requests-per-minute limit.</summary>
    public const string RequestsPerMinuteClaim = "zhili:rpm";

    /// <summary>
    /// Only a partner key granted <paramref name="scope"/> reaches the endpoint (401 without a valid key, 403 with a
    /// key of other scopes), within the key's own per-minute limit (429 past it). A signed-in person's cookie does not
    /// count: the policy authenticates with the key scheme alone.
    /// </summary>
    public static TBuilder RequirePartnerScope<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        var policy = new AuthorizationPolicyBuilder(Scheme).RequireAuthenticatedUser().RequireClaim(ScopeClaim, scope).Build();
        return builder.RequireAuthorization(policy)
            .RequireRateLimiting(RateLimits.Partner)
            .WithMetadata(new PartnerScopeMetadata(scope));
    }
}

/// <summary>Endpoint metadata naming the partner scope an endpoint requires (for the API reference and the key form).</summary>
public sealed record PartnerScopeMetadata(string Scope);
