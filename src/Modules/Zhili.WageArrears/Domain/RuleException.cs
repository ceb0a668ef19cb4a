namespace Zhili.WageArrears.Domain;

/// <summary>A command refused by a blacklist rule: reported as a 400 naming the field, the reason and the rule id.</summary>
public sealed class RuleException(string field, string reason, string rule) : Exception(reason)
{
    public string Field { get; } = field;

    public string Rule { get; } = rule;
}
