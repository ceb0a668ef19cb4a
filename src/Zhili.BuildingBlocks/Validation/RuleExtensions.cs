namespace Zhili.BuildingBlocks.Validation;

public static class RuleExtensions
{
    /// <summary>Tags a validation rule with the RULES.md id it enforces; problem details report it as <c>rule</c>.</summary>
    public static IRuleBuilderOptions<T, TProperty> Rule<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string ruleId) =>
        rule.WithErrorCode(ruleId);
}
