namespace Zhili.BuildingBlocks.Validation;

/// <summary>
/// A domain method refused a move under a rule: every module answers it as 400 problem details naming the field,
/// the reason and the rule id (<see cref="Problems.Invalid(RuleViolationException)"/>), and pages show it by the field.
/// </summary>
public sealed class RuleViolationException(string field, string reason, string rule) : Exception(reason)
{
    public string Field { get; } = field;

    public string Rule { get; } = rule;
}
