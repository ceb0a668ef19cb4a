using Microsoft.AspNetCore.Diagnostics;

namespace Zhili.BuildingBlocks.Validation;

/// <summary>
/// A refusal on a public surface (<see cref="PublicSurfaces.PublicSurface"/>) tells the citizen the reason in words: its
/// detail names no rule ids. The violations keep their <c>rule</c> field for programs (ARCHITECTURE rule 3).
/// </summary>
public static class PublicProblems
{
    /// <summary>For <c>ProblemDetailsOptions.CustomizeProblemDetails</c>: rewrites a public answer's detail without rule ids.</summary>
    public static void WithoutRuleIds(ProblemDetailsContext context)
    {
        // An exception handler runs without the endpoint; the feature keeps the one that failed.
        var endpoint = context.HttpContext.GetEndpoint() ?? context.HttpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        if (endpoint?.Metadata.GetMetadata<PublicSurfaceMetadata>() is null
            || !context.ProblemDetails.Extensions.TryGetValue("violations", out var value) || value is not IEnumerable<Violation> violations)
        {
            return;
        }

        var list = violations.ToList();
        if (context.ProblemDetails.Detail is { } detail && list.Any(v => v.Rule is { } rule && detail.Contains(rule, StringComparison.Ordinal)))
        {
            context.ProblemDetails.Detail = list.Count == 1 && list[0].Field.Length == 0 ? list[0].Reason : Problems.Describe(list, withRules: false);
        }
    }
}
