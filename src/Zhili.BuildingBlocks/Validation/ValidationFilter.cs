namespace Zhili.BuildingBlocks.Validation;

/// <summary>
/// Runs on every API endpoint (the host maps each module's endpoints under it, ARCHITECTURE rules 5 and 17): checks the
/// dates of every argument (<see cref="EdgeRanges"/>) and runs the registered FluentValidation validator of every argument
/// that has one. A refused request answers 400 (problem details, or the surface's own error format) and never reaches the handler, so nothing changes.
/// </summary>
public sealed class ValidationFilter : IEndpointFilter
{
    // IValidator<T> per argument type and parameter names per handler, made once: the filter runs on every request of the API.
    private static readonly ConcurrentDictionary<Type, Type> Validators = new();
    private static readonly ConcurrentDictionary<MethodInfo, string[]> Names = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var names = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>() is { } method
            ? Names.GetOrAdd(method, m => m.GetParameters().Select(p => p.Name ?? "").ToArray())
            : [];
        var services = context.HttpContext.RequestServices.GetService<IServiceProviderIsService>();
        var violations = new List<Violation>();
        for (var i = 0; i < context.Arguments.Count; i++)
        {
            var argument = context.Arguments[i];
            if (argument is null || services?.IsService(argument.GetType()) == true)
            {
                continue;
            }

            violations.AddRange(EdgeRanges.Check(i < names.Length ? names[i] : "", argument));
            if (violations.Count == 0
                && context.HttpContext.RequestServices.GetService(ValidatorOf(argument.GetType())) is IValidator validator)
            {
                var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
                violations.AddRange(result.ToViolations());
            }
        }

        return violations.Count > 0 ? ErrorFormats.Result(ErrorAnswer.Invalid([.. violations])) : await next(context);
    }

    private static Type ValidatorOf(Type argument) => Validators.GetOrAdd(argument, t => typeof(IValidator<>).MakeGenericType(t));
}
