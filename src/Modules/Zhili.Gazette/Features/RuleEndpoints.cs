using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.Gazette.Features;

/// <summary>G-CITE: every rule id with its source documents and clause text.</summary>
public static class RuleEndpoints
{
    public static void MapRuleEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/rules").WithTags("Gazette rules 规则出处");
        g.MapGet("/", () => TypedResults.Ok(GazetteQueries.Rules())).WithName("ListGazetteRules")
            .WithSummary("Every rule id with its title (title: Chinese, titleEn: English), source documents and line ranges (G-CITE)")
            .PublicSurface();
        g.MapGet("/{id}", Get).WithName("GetGazetteRule")
            .WithSummary("A rule with its title (title: Chinese, titleEn: English) and the text of its source clauses (G-CITE)").PublicSurface();
    }

    private static async Task<Results<Ok<RuleDetail>, ProblemHttpResult>> Get(string id, GazetteQueries q, CancellationToken ct) =>
        await q.RuleAsync(id, ct) is { } rule ? TypedResults.Ok(rule) : Problems.NotFound($"没有规则 {id} (no rule {id})");
}
