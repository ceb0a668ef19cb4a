using System.Collections.Concurrent;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Zhili.BuildingBlocks.Validation;

/// <summary>
/// Runs the registered FluentValidation validator of every endpoint argument that has one (ARCHITECTURE rule 5).
/// A refused request answers 400 problem details and never reaches the handler, so nothing changes.
/// </summary>
public sealed class ValidationFilter : IEndpointFilter
{
    // IValidator<T> per argument type, made once: the filter runs on every request of the API.
    private static readonly ConcurrentDictionary<Type, Type> Validators = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var argument in context.Arguments)
        {
            if (argument is null)
            {
                continue;
            }

            if (context.HttpContext.RequestServices.GetService(ValidatorOf(argument.GetType())) is IValidator validator)
            {
                var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
                if (!result.IsValid)
                {
                    return Problems.Invalid(result.ToViolations());
                }
            }
        }

        return await next(context);
    }

    private static Type ValidatorOf(Type argument) => Validators.GetOrAdd(argument, t => typeof(IValidator<>).MakeGenericType(t));
}
