using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zhili.BuildingBlocks.Validation;

/// <summary>
/// Runs the registered FluentValidation validator of every bound page property and handler argument, and puts its
/// messages into ModelState under the field's name (the same validators as the API, ARCHITECTURE rule 5).
/// </summary>
public sealed class ValidationPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var inputs = context.HandlerArguments.ToList();
        // Bound properties are only bound on GET when they opt in; a form is validated when it is posted.
        if (context.HandlerInstance is PageModel page && !HttpMethods.IsGet(context.HttpContext.Request.Method))
        {
            foreach (var property in context.ActionDescriptor.BoundProperties)
            {
                var value = page.GetType().GetProperty(property.Name)?.GetValue(page);
                inputs.Add(new(property.Name, value));
            }
        }

        foreach (var (name, value) in inputs)
        {
            if (value is null)
            {
                continue;
            }

            var validatorType = typeof(IValidator<>).MakeGenericType(value.GetType());
            if (context.HttpContext.RequestServices.GetService(validatorType) is IValidator validator)
            {
                var result = await validator.ValidateAsync(new ValidationContext<object>(value), context.HttpContext.RequestAborted);
                foreach (var error in result.Errors)
                {
                    context.ModelState.AddModelError($"{name}.{error.PropertyName}", error.ErrorMessage);
                }
            }
        }

        await next();
    }
}
