using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.BuildingBlocks.Validation;

/// <summary>RFC 9457 problem details as every Zhili API answers them (ARCHITECTURE rule 17).</summary>
public static class Problems
{
    public const string ValidationType = "https://zhili.gov.cn/problems/validation";
    public const string NotFoundType = "https://zhili.gov.cn/problems/not-found";
    public const string ConflictType = "https://zhili.gov.cn/problems/conflict";
    public const string RefusedType = "https://zhili.gov.cn/problems/refused";
    public const string TooManyType = "https://zhili.gov.cn/problems/too-many-requests";

    /// <summary>
    /// The answer as problem details: <c>errors</c> (field → reasons, the ASP.NET shape) and <c>violations</c> (field,
    /// reason, rule). A 5xx carries no reasons.
    /// </summary>
    public static ProblemHttpResult From(ErrorAnswer answer)
    {
        var list = answer.IsClientError ? answer.Violations : [];
        var extensions = new Dictionary<string, object?>();
        if (list.Count > 0)
        {
            extensions["errors"] = list.GroupBy(v => v.Field).ToDictionary(g => g.Key, g => g.Select(v => v.Reason).ToArray());
            extensions["violations"] = list;
        }

        return TypedResults.Problem(
            detail: answer.Detail ?? (list.Count > 0 ? Describe(list) : null),
            statusCode: answer.Status,
            title: answer.Title,
            type: TypeOf(answer.Status),
            extensions: extensions);
    }

    /// <summary>400 naming every refused field.</summary>
    public static ProblemHttpResult Invalid(IEnumerable<Violation> violations) => From(ErrorAnswer.Invalid([.. violations]));

    public static ProblemHttpResult Invalid(string field, string reason, string? rule = null) =>
        Invalid([new Violation(field, reason, rule)]);

    public static ProblemHttpResult NotFound(string what) => TypedResults.Problem(
        detail: what, statusCode: StatusCodes.Status404NotFound, title: "未找到 (not found)", type: NotFoundType);

    public static IEnumerable<Violation> ToViolations(this ValidationResult result) =>
        result.Errors.Select(e => new Violation(Camel(e.PropertyName), e.ErrorMessage, e.ErrorCode is { } code && code.Contains('-', StringComparison.Ordinal) ? code : null));

    /// <summary>The violations as one sentence; for the public without the rule ids, which mean nothing to a citizen.</summary>
    public static string Describe(IEnumerable<Violation> violations, bool withRules = true) =>
        string.Join("；", violations.Select(v => Line(v, withRules)));

    private static string Line(Violation v, bool withRules = true) =>
        (v.Field.Length > 0 ? $"{v.Field}: " : "") + v.Reason + (v.Rule is null || !withRules ? "" : $" ({v.Rule})");

    private static string TypeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ValidationType,
        StatusCodes.Status404NotFound => NotFoundType,
        StatusCodes.Status409Conflict => ConflictType,
        StatusCodes.Status429TooManyRequests => TooManyType,
        _ => RefusedType,
    };

    private static string Camel(string name) =>
        string.IsNullOrEmpty(name) ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
