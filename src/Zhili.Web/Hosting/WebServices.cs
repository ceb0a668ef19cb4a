using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Zhili.BuildingBlocks.Background;
using Zhili.BuildingBlocks.Texts;
using Zhili.Web.Health;

namespace Zhili.Web.Hosting;

public static class WebServices
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static void AddZhiliWeb(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddSingleton(TimeProvider.System);
        // Chinese stays Chinese in pages (Razor would otherwise write every character as &#x...;).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new CleanTextJsonConverter());
            o.SerializerOptions.Converters.Add(new UtcDateTimeJsonConverter());
            o.SerializerOptions.Converters.Add(new UtcDateTimeOffsetJsonConverter());
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Extensions["requestId"] = c.HttpContext.TraceIdentifier;
            PublicProblems.WithoutRuleIds(c);
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Binding failures throw, in every environment, so that the one mapping answers them with the field and the reason.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddZhiliOpenApi();

        services.AddSingleton(new TextSource(typeof(WebServices).Assembly));
        services.AddSingleton<IStringLocalizer, Texts>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        services.AddRazorPages(o =>
        {
            o.Conventions.ConfigureFilter(new FormPageFilter());
            o.Conventions.AuthorizeFolder("/Admin", Policies.Administrator);
        }).AddMvcOptions(o =>
        {
            ChineseBindingMessages.Apply(o.ModelBindingMessageProvider);
            // A form's required fields are its validator's to name, in Chinese; MVC would add its own English "required" for
            // every non-nullable string (ARCHITECTURE rule 5).
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            o.ModelBinderProviders.Insert(0, new CleanTextBinderProvider());
        })
        // No script reads data-val-* attributes, and they would carry DataAnnotations' English "The X field is required."
        // for every non-nullable value type (a checkbox, an enum select); the validator's Chinese messages are the only ones.
        .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false);

        services.AddPermissions(Policies.All);
        // Anything not marked public needs a signed-in user (the architecture test checks every endpoint).
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        // Rate limits, request size limits, the client's real address, HSTS (used outside Development).
        services.AddZhiliRateLimits();
        services.AddRequestLimits();
        services.AddZhiliForwardedHeaders();
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        // Secure cookies in a real deployment (docs/security.md).
        services.AddSecureCookies();

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<CalendarHealthCheck>("calendar")
            .AddCheck<BackgroundHealthCheck>("background");

        services.AddSingleton(new NavItem("单位目录", "/units", 900));
        services.AddSingleton(new NavItem("工作日历", "/calendar", 910));
        services.AddSingleton(new NavItem("接口", "/api", 990));
        services.AddSingleton(new NavItem("系统管理", "/admin", 995, [Policies.AdministratorRole]));
    }
}
