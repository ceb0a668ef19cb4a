using System.Collections;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zhili.BuildingBlocks.Web;

/// <summary>
/// The one page filter of ARCHITECTURE rules 5 and 17. On a post it checks every posted form with the validator of the
/// command it makes (<see cref="IForm{TCommand}"/>) or of its own type; a refused form, and a refusal the handler throws
/// (<see cref="ErrorAnswer"/>: a rule, a conflict), go on the form by field, and the page is shown again
/// (<see cref="IFormPage"/>). A record out of scope is 404, a read-only reader's change 403.
/// </summary>
public sealed class FormPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var inputs = Inputs(context);
        var staff = context.HttpContext.User.Identity?.IsAuthenticated == true;
        if (!HttpMethods.IsGet(context.HttpContext.Request.Method))
        {
            await ValidateAsync(context, inputs, staff);
            if (!context.ModelState.IsValid && context.HandlerInstance is IFormPage refused)
            {
                context.Result = await ShowAgainAsync(context, refused);
                return;
            }
        }

        var executed = await next();
        if (executed.Exception is not { } exception || executed.ExceptionHandled)
        {
            return;
        }

        var answer = ErrorAnswer.Of(exception);
        IActionResult? result = answer.Status switch
        {
            StatusCodes.Status404NotFound => new NotFoundResult(),
            StatusCodes.Status403Forbidden => new ForbidResult(),
            StatusCodes.Status400BadRequest or StatusCodes.Status409Conflict when context.HandlerInstance is IFormPage page =>
                await RefuseAsync(context, page, inputs, answer, staff),
            _ => null,
        };
        if (result is not null)
        {
            executed.Result = result;
            executed.ExceptionHandled = true;
        }
    }

    /// <summary>One message format for every refusal on a page: the reason, and for staff the rule's id.</summary>
    private static string Message(Violation v, bool staff) => staff && v.Rule is { } rule ? $"{v.Reason}（{rule}）" : v.Reason;

    private static async Task<IActionResult> RefuseAsync(
        PageHandlerExecutingContext context, IFormPage page, List<(string Name, object? Value)> inputs, ErrorAnswer answer, bool staff)
    {
        foreach (var v in answer.Violations.DefaultIfEmpty(new Violation("", answer.Detail ?? answer.Title)))
        {
            context.ModelState.AddModelError(KeyOf(v.Field, inputs), Message(v, staff));
        }

        return await ShowAgainAsync(context, page);
    }

    /// <summary>
    /// Shows the page again, loaded from the database as it is now: a refused move may have changed records in memory
    /// before it was refused, and a lost race means another user's change is the one to show.
    /// </summary>
    private static async Task<IActionResult> ShowAgainAsync(PageHandlerExecutingContext context, IFormPage page)
    {
        foreach (var module in context.HttpContext.RequestServices.GetServices<ModuleDatabase>())
        {
            module.Resolve(context.HttpContext.RequestServices).ChangeTracker.Clear();
        }

        return await page.LoadAsync(context.HttpContext.RequestAborted) ? new PageResult() : new NotFoundResult();
    }

    private static async Task ValidateAsync(PageHandlerExecutingContext context, List<(string Name, object? Value)> inputs, bool staff)
    {
        foreach (var (name, value) in inputs)
        {
            var form = value?.GetType().GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IForm<>));
            var target = form is null ? value : form.GetMethod(nameof(IForm<object>.ToCommand))!.Invoke(value, null);
            if (target is null
                || context.HttpContext.RequestServices.GetService(typeof(IValidator<>).MakeGenericType(target.GetType())) is not IValidator validator)
            {
                continue;
            }

            var result = await validator.ValidateAsync(new ValidationContext<object>(target), context.HttpContext.RequestAborted);
            foreach (var (error, v) in result.Errors.Zip(result.ToViolations()))
            {
                var label = form?.GetMethod(nameof(IForm<object>.LabelOf))!.Invoke(value, [error.PropertyName]) as string;
                context.ModelState.AddModelError(KeyOf(v.Field, [(name, value)]), (label is { Length: > 0 } ? label + "：" : "") + Message(v, staff));
            }
        }
    }

    /// <summary>
    /// What the user sent: the handler's arguments, and the page's bound properties whose fields were posted. A page's
    /// posted form (a bound property not read on GET) belongs to its unnamed handler, so that handler checks it even when
    /// nothing was posted; named handlers take their forms as arguments (a category's retirement does not check its edit form).
    /// </summary>
    private static List<(string Name, object? Value)> Inputs(PageHandlerExecutingContext context)
    {
        var inputs = context.HandlerArguments.Select(a => (a.Key, a.Value)).ToList();
        if (context.HandlerInstance is not PageModel page)
        {
            return inputs;
        }

        var request = context.HttpContext.Request;
        var posted = request.HasFormContentType ? request.Form.Keys : [];
        foreach (var property in context.ActionDescriptor.BoundProperties)
        {
            var info = page.GetType().GetProperty(property.Name);
            var ownForm = context.HandlerMethod?.Name is null && info?.GetCustomAttribute<BindPropertyAttribute>() is { SupportsGet: false }
                && !property.ParameterType.IsValueType && property.ParameterType != typeof(string);
            if (ownForm || posted.Any(k => k.StartsWith(property.Name + ".", StringComparison.OrdinalIgnoreCase)))
            {
                inputs.Add((property.Name, info?.GetValue(page)));
            }
        }

        return inputs;
    }

    /// <summary>
    /// The form field a refusal names: a handler argument or bound property of that name, or the property of that name
    /// of a posted form (<c>reason</c> → <c>form.Reason</c>); otherwise the page's summary.
    /// </summary>
    private static string KeyOf(string field, List<(string Name, object? Value)> inputs)
    {
        if (field.Length == 0)
        {
            return "";
        }

        foreach (var (name, value) in inputs)
        {
            if (name.Equals(field, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }

            if (value is not null and not string and not IEnumerable && !value.GetType().IsPrimitive
                && value.GetType().GetProperty(field, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { } property)
            {
                return $"{name}.{property.Name}";
            }
        }

        return "";
    }
}
