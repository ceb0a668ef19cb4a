using FluentValidation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Validation;

namespace Zhili.WageArrears.Pages.Blacklist;

/// <summary>
/// A page builds the service's command from its own form and runs the same validator the API runs on it; the messages
/// (with their rule ids) go into ModelState, and a refused command changes nothing.
/// </summary>
internal static class PageValidation
{
    public static async Task<bool> ValidAsync<T>(this PageModel page, T command, string prefix, Func<string, string>? label = null)
    {
        var validator = page.HttpContext.RequestServices.GetRequiredService<IValidator<T>>();
        var result = await validator.ValidateAsync(command, page.HttpContext.RequestAborted);
        foreach (var e in result.Errors)
        {
            var rule = e.ErrorCode is { } code && code.Contains('-', StringComparison.Ordinal) ? $"（{code}）" : "";
            var who = label?.Invoke(e.PropertyName) is { Length: > 0 } l ? l + "：" : "";
            page.ModelState.AddModelError($"{prefix}.{e.PropertyName}", who + e.ErrorMessage + rule);
        }

        return result.IsValid;
    }

    /// <summary>A domain refusal, shown on the page with its rule id.</summary>
    public static void Refused(this PageModel page, RuleViolationException e) =>
        page.ModelState.AddModelError(e.Field, $"{e.Message}（{e.Rule}）");
}
