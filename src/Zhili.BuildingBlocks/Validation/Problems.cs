using FluentValidation.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.BuildingBlocks.Validation;

/// <summary>RFC 9457 problem details as every Zhili API answers them.</summary>
public static class Problems
{
    public const string ValidationType = "https://zhili.gov.cn/problems/validation";
    public const string NotFoundType = "https://zhili.gov.cn/problems/not-found";

    /// <summary>400 with <c>errors</c> (field → reasons, the ASP.NET shape) and <c>violations</c> (field, reason, rule).</summary>
    public static ProblemHttpResult Invalid(IEnumerable<Violation> violations, string? detail = null)
    {
        var list = violations.ToList();
        var errors = list.GroupBy(v => v.Field).ToDictionary(g => g.Key, g => g.Select(v => v.Reason).ToArray());
        return TypedResults.Problem(
            detail: detail ?? string.Join("；", list.Select(v => v.Rule is null ? $"{v.Field}: {v.Reason}" : $"{v.Field}: {v.Reason} ({v.Rule})")),
            statusCode: StatusCodes.Status400BadRequest,
            title: "输入有误 (invalid input)",
            type: ValidationType,
            extensions: new Dictionary<string, object?> { ["errors"] = errors, ["violations"] = list });
    }

    public static ProblemHttpResult Invalid(string field, string reason, string? rule = null) =>
        Invalid([new Violation(field, reason, rule)]);

    public static ProblemHttpResult Invalid(RuleViolationException refusal) => Invalid(refusal.Field, refusal.Message, refusal.Rule);

    public static ProblemHttpResult NotFound(string what) => TypedResults.Problem(
        detail: what, statusCode: StatusCodes.Status404NotFound, title: "未找到 (not found)", type: NotFoundType);

    public static IEnumerable<Violation> ToViolations(this ValidationResult result) =>
        result.Errors.Select(e => new Violation(Camel(e.PropertyName), e.ErrorMessage, e.ErrorCode is { } code && code.Contains('-', StringComparison.Ordinal) ? code : null));

    private static string Camel(string name) =>
        string.IsNullOrEmpty(name) ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
