using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Security;

namespace Zhili.Identity.Partners;

public static class PartnerKeyServices
{
    /// <summary>
    /// Managing partner keys, on top of <see cref="Policies.Administrator"/>: a city-wide data scope. A key reaches
    /// city-wide lookups, so an administrator whose scope is one district may not issue, see or revoke keys.
    /// </summary>
    public const string ManagePolicy = "zhili.partner-keys";

    /// <summary>Partner keys: the key scheme (never the default one), the validator with its cache, and the admin service.</summary>
    public static IServiceCollection AddPartnerKeys(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(PartnerAccess.Scheme, "合作系统密钥", null);
        // The data scope is in force before authorization runs (the host's pipeline order), so the assertion can read it.
        services.AddAuthorizationBuilder().AddPolicy(ManagePolicy, p => p
            .RequireRole(Policies.AdministratorRole).RequireAssertion(_ => DataScope.Current.IsUnrestricted));
        services.AddSingleton<ApiKeyValidator>();
        services.AddSingleton<InvalidKeyThrottle>();
        services.AddScoped<ApiKeyService>();
        services.AddScoped<IValidator<NewApiKey>, NewApiKeyValidator>();
        return services;
    }
}
