using Microsoft.AspNetCore.Authentication;

namespace Zhili.Identity.Partners;

public static class PartnerKeyServices
{
    /// <summary>Partner keys: the key scheme (never the default one), the validator with its cache, and the admin service.</summary>
    public static IServiceCollection AddPartnerKeys(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(PartnerAccess.Scheme, "合作系统密钥", null);
        services.AddFreshData<IdentityDbContext>([IdentityDbContext.PartnerKeys]);
        services.AddSingleton<ApiKeyValidator>();
        services.AddSingleton<InvalidKeyThrottle>();
        services.AddScoped<ApiKeyService>();
        services.AddScoped<IValidator<NewApiKey>, NewApiKeyValidator>();
        return services;
    }
}
