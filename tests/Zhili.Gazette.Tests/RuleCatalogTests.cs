using System.Text.RegularExpressions;
using Zhili.Gazette.Citations;

namespace Zhili.Gazette.Tests;

/// <summary>G-CITE: the shipped citations agree with the rule catalogue (RULES.md beside the gazette), rule by rule.</summary>
public sealed partial class RuleCatalogTests
{
    private static readonly string Rules = File.ReadAllText(Path.Combine(Path.GetDirectoryName(SharedGazette.Path)!, "RULES.md"));

    [Fact]
    public void G_CITE_every_rule_of_the_catalogue_is_cited_and_nothing_else()
    {
        var ids = RuleId().Matches(Rules).Select(m => m.Groups[1].Value).Distinct().ToList();
        ids.Count.ShouldBeGreaterThan(60);
        RuleCatalog.All.Select(r => r.Id).Order().ShouldBe(ids.Order());
    }

    [Fact]
    public void G_CITE_every_line_range_the_catalogue_names_is_in_the_citation()
    {
        foreach (Match rule in RuleEntry().Matches(Rules))
        {
            var citation = RuleCatalog.All.Single(r => r.Id == rule.Groups[1].Value);
            foreach (Match range in LineRange().Matches(rule.Groups[2].Value))
            {
                var from = int.Parse(range.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                var to = range.Groups[2].Success ? int.Parse(range.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : from;
                citation.Lines.ShouldContain(l => l.From <= from && to <= l.To, $"{citation.Id} L{from}–{to}");
            }
        }
    }

    [GeneratedRegex(@"^- \*\*([A-Z]-[A-Z0-9]+(?:-\d+)?)\*\*", RegexOptions.Multiline)]
    private static partial Regex RuleId();

    // A rule's entry runs from its id to the next entry or heading.
    [GeneratedRegex(@"^- \*\*([A-Z]-[A-Z0-9]+(?:-\d+)?)\*\*(.*?)(?=^- \*\*|^#|\z)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex RuleEntry();

    [GeneratedRegex(@"\bL(\d+)(?:[–-](\d+))?")]
    private static partial Regex LineRange();
}
