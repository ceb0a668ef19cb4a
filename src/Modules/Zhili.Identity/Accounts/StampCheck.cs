using Microsoft.AspNetCore.Authentication.Cookies;

namespace Zhili.Identity.Accounts;

/// <summary>
/// The sign-in cookie's security-stamp check, made only when it is due. Identity's own check builds the sign-in manager,
/// the user manager and a database context on every request before it looks at the time; this looks at the time first
/// and hands over to Identity's check when the interval has passed (or the cookie has no issue time), so a disabled or
/// re-passworded account still loses its cookies after the same interval.
/// </summary>
internal static class StampCheck
{
    public static Task ValidateWhenDueAsync(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return context.Properties.IssuedUtc is { } issued && now - issued <= options.ValidationInterval
            ? Task.CompletedTask
            : SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
