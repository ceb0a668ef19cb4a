namespace Zhili.Hotline.Domain;

/// <summary>A move the hotline's rules refuse: answered as 400 problem details naming the field, the reason and the rule.</summary>
public sealed class HotlineRuleException(string field, string reason, string rule) : Exception(reason)
{
    public string Field { get; } = field;

    public string Rule { get; } = rule;
}
