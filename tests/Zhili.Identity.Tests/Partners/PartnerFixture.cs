using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Zhili.BuildingBlocks.Security;
using Zhili.Identity.Domain;

namespace Zhili.Identity.Tests.Partners;

/// <summary>
/// An app whose test host (not the app) adds two stand-in partner lookups, as issue 3 asks until the first real one
/// exists: one needs scope <see cref="BlacklistScope"/>, the other, under <c>/open311</c> where GeoReport clients may
/// send the key as <c>api_key</c>, needs <see cref="Open311Scope"/>.
/// </summary>
public sealed class PartnerFixture : AppFixture
{
    public const string BlacklistScope = "blacklist.lookup";
    public const string Open311Scope = "open311";
    public const string BlacklistUrl = "/api/v1/test-partner/blacklist";
    public const string Open311Url = "/open311/test-partner/requests.json";

    protected override void Configure(ZhiliFactory factory) => ConfigureStandIns(factory);

    /// <summary>Adds the stand-in lookups to an app (for fixtures with other settings too).</summary>
    public static void ConfigureStandIns(ZhiliFactory factory) => factory.MapTestEndpoints = endpoints =>
    {
        endpoints.MapGet(BlacklistUrl, Caller.Of).RequirePartnerScope(BlacklistScope);
        endpoints.MapGet(Open311Url, Caller.Of).RequirePartnerScope(Open311Scope);
    };
}

/// <summary>What the stand-in lookups answer: who called, with which scopes.</summary>
public sealed record Caller(string Name, IReadOnlyList<string> Scopes)
{
    public static IResult Of(ClaimsPrincipal user) =>
        TypedResults.Ok(new Caller(user.Identity!.Name!, user.FindAll(ZhiliClaims.Scope).Select(c => c.Value).ToList()));
}
