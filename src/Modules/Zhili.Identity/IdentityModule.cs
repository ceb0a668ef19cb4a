using Zhili.BuildingBlocks.Texts;
using Zhili.Identity.Demo;
using Zhili.Identity.Scope;
using Zhili.Identity.Sessions;

namespace Zhili.Identity;

/// <summary>Accounts, roles, sign-in, the data scope, the inbox and partner keys.</summary>
public sealed class IdentityModule : IModule
{
    /// <summary>Sessions end after this long without a request (sliding).</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How soon a locked account or changed roles reach every signed-in session: the cookie's security stamp is checked
    /// again this long after the cookie was issued. It must be well under half the idle timeout, because a sliding
    /// renewal issues the cookie afresh, and an interval longer than that would never come for an active session.
    /// </summary>
    public static readonly TimeSpan StampInterval = TimeSpan.FromMinutes(5);

    public string Name => IdentityDbContext.Module;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<IdentityDbContext>(configuration, Name);
        services.AddIdentity<ZhiliUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = o.Password.RequireLowercase = o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                // Failed sign-ins lock an (account, address) pair, never the account itself (SignIn/); an account's own
                // lockout is an administrator's stop.
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<IdentityDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<ZhiliClaimsFactory>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddPasswordValidator<PasswordPolicy>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = StampInterval);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "zhili.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // The host's cookie policy makes every cookie Secure in a real deployment (docs/security.md).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = IdleTimeout;
            o.SlidingExpiration = true;
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/denied";
            // The API answers 401/403; only pages redirect to the sign-in page.
            o.Events.OnValidatePrincipal = StampCheck.ValidateWhenDueAsync;
            o.Events.OnRedirectToLogin = c => ApiOr(c.HttpContext, StatusCodes.Status401Unauthorized, () => c.Response.Redirect(c.RedirectUri));
            o.Events.OnRedirectToAccessDenied = c => ApiOr(c.HttpContext, StatusCodes.Status403Forbidden, () => c.Response.Redirect(c.RedirectUri));
        });
        services.AddSessionKeys();

        services.AddHttpContextAccessor();
        services.AddSingleton<ICurrentActor, HttpCurrentActor>();
        services.AddSingleton<DataScopeResolver>();
        services.AddScoped<InboxService>();
        services.AddScoped<AccountService>();
        services.AddScoped<IPersonNames, PersonNames>();
        services.AddOptions<SignInLimits>().BindConfiguration(SignInLimits.Section);
        services.AddScoped<SignInFailures>();
        services.AddScoped<SignInGate>();
        services.AddValidatorsFromAssemblyContaining<IdentityModule>(includeInternalTypes: true);
        services.AddScoped<IInbox>(sp => sp.GetRequiredService<InboxService>());
        services.AddScoped<IStartupTask, RoleSeeder>();
        services.AddScoped<IDemoSeeder, DemoAccounts>();
        services.AddSingleton(new TextSource(typeof(IdentityModule).Assembly));
        services.AddPartnerKeys();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/identity");
        api.MapIdentityEndpoints();
        api.MapPartnerKeyEndpoints();
    }

    private static Task ApiOr(HttpContext context, int status, Action redirect)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            redirect();
        }

        return Task.CompletedTask;
    }
}
