namespace Zhili.BuildingBlocks.Modules;

/// <summary>
/// G-CITE: a Zhili feature that implements the rules whose id starts with <paramref name="RulePrefix"/> (e.g. "K-WD",
/// "H-EXT"). Modules register theirs in DI; a gazette document's page lists the features that come from its rules.
/// </summary>
public sealed record RuleFeature(string RulePrefix, string Title, string Path)
{
    public bool Implements(string ruleId) =>
        ruleId == RulePrefix || ruleId.StartsWith(RulePrefix + "-", StringComparison.Ordinal);
}
